#pragma once

#include "importplan.h"

#include <QString>

#include <functional>

class QWidget;

namespace valuedesk {

// Runs long work (reading, checking, writing an import) on a worker thread while a window-modal
// progress dialog with Cancel keeps the window responsive. The work reports through the
// ProgressCallback, whose false return means the user cancelled; it must not touch widgets,
// models or the GUI thread's database connection.
class BackgroundTask final
{
public:
    // Returns false when the user cancelled.
    static bool run(QWidget *parent, const QString &label,
                    const std::function<void(const ProgressCallback &progress)> &work);
};

} // namespace valuedesk
