#pragma once

#include "customercommands.h"
#include "gradehistory.h"

#include <optional>

namespace valuedesk {

// Setting or withdrawing a customer's manual grade of one scheme, as one undo step.
//
// Grade overrides are an append-only audit trail (GradeOverrideRepository): undo does not delete
// the row the edit wrote but appends one that puts back the override in force before (or
// withdraws the manual grade when there was none), and redo appends the edit again. The grade in
// force round-trips and the history shows every step, as it must for who-changed-what. A step
// whose grade was changed since (by another window or, in team mode, another user) is refused
// rather than overwriting that change.
class SetGradeOverride final : public AppliedCommand
{
public:
    // `before`: the override in force before the edit, if any; `after`: the row the edit wrote
    // (an override with grade, or a withdrawal without).
    SetGradeOverride(Document *document, std::optional<GradeOverride> before, GradeOverride after);

private:
    bool apply() override;
    bool revert() override;
    // Whether the grade in force is still `expected` (nullopt: no override in force).
    bool inForce(const std::optional<QString> &expected) const;

    std::optional<GradeOverride> m_before;
    GradeOverride m_after;
};

} // namespace valuedesk
