#pragma once

#include "ahpmodelsession.h"

#include <QUndoCommand>

namespace valuedesk {

// Merge ids of every mergeable AHP command, in one place (QUndoCommand::id()).
enum class AhpMergeId : int {
    None = -1,
    Judgement = 0x4148'0001,    // a slider drag over one judgement is one undo step
    VotingWeight = 0x4148'0002, // spinning one evaluator's voting weight is one undo step
};

// Generic before/after command (Tiled's ChangeValue): `Access` says how to read and write one
// value of the session under a key, and whether consecutive changes of the same key merge.
//   struct Access { using Key; using Value; static constexpr AhpMergeId mergeId;
//                   static Value get(const AhpModelSession &, const Key &);
//                   static void set(AhpModelSession &, const Key &, const Value &);
//                   static bool same(const Value &, const Value &); };
template <typename Access>
class ChangeValue : public QUndoCommand
{
public:
    using Key = typename Access::Key;
    using Value = typename Access::Value;

    ChangeValue(AhpModelSession *session, Key key, Value after, const QString &text,
                QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent), m_session(session), m_key(std::move(key)),
          m_before(Access::get(*session, m_key)), m_after(std::move(after))
    {}

    void redo() override { Access::set(*m_session, m_key, m_after); }
    void undo() override { Access::set(*m_session, m_key, m_before); }
    int id() const override { return static_cast<int>(Access::mergeId); }

    bool mergeWith(const QUndoCommand *other) override
    {
        if (other->id() != id() || id() == static_cast<int>(AhpMergeId::None))
            return false;
        const auto *o = static_cast<const ChangeValue *>(other);
        if (o->m_session != m_session || !(o->m_key == m_key))
            return false;
        m_after = o->m_after;
        setText(o->text()); // names the final value
        // Dragging back to where it started leaves nothing to undo.
        setObsolete(Access::same(m_before, m_after));
        return true;
    }

    const Key &key() const { return m_key; }
    const Value &before() const { return m_before; }
    const Value &after() const { return m_after; }

protected:
    AhpModelSession *session() const { return m_session; }

private:
    AhpModelSession *m_session;
    Key m_key;
    Value m_before;
    Value m_after;
};

} // namespace valuedesk
