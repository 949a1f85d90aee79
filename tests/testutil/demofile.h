#pragma once

// Demo customer files for the tests that need a realistic portfolio on disk.

#include "database.h"

#include <QString>

#include <memory>

namespace valuedesk::test {

// A new customer file at `path` holding `customers` demo customers (DemoGenerator with `seed`)
// and all their records, left open; null, with `error` set, when it could not be written.
std::unique_ptr<Database> createDemoFile(const QString &path, int customers, quint32 seed = 7,
                                         QString *error = nullptr);

} // namespace valuedesk::test
