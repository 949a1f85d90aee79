#pragma once

#include "consistency.h"
#include "hierarchynode.h"

#include <QDateTime>
#include <QString>

namespace valuedesk {

// A named AHP model as the user keeps it: the hierarchy with its judgements (or direct
// weights), and the method settings. Stored in the customer file (AhpModelRepository) and
// exchanged as JSON (AhpModelJson, the format documented in README).
struct AhpModel
{
    QString name;
    AhpSettings settings;
    HierarchyNode root;
    QString templateId; // the built-in template it was copied from, if any ("lubricant" …)

    // Filled by storage: every save is a new version; evaluation snapshots (later issues) name
    // the model id and version they used, so editing a model never changes stored results.
    qint64 id = 0;
    int version = 0;
    QDateTime savedAt;
};

} // namespace valuedesk
