#pragma once

#include <QLabel>

namespace valuedesk {

class AhpModelSession;

// The whole model's consistency in one line: the hierarchical CR (HierarchyResult::
// hierarchicalCr) against the threshold with the RI table in use, and whether every judged node
// passes, green when all of it passes and red otherwise; the tooltip explains the formula.
class HierarchyConsistencyLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit HierarchyConsistencyLabel(QWidget *parent = nullptr);

    void setSession(AhpModelSession *session); // nullptr hides the label
    bool isConsistent() const { return m_consistent; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    AhpModelSession *m_session = nullptr;
    bool m_consistent = true;
};

} // namespace valuedesk
