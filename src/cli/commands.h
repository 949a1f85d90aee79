#pragma once

#include <QStringList>

namespace valuedesk::cli {

// Each command gets its own arguments (argv[0] = "valuedesk-cli <command>") and returns the exit
// code.
int runInit(const QStringList &args);
int runDemo(const QStringList &args);
int runInfo(const QStringList &args);
int runCustomers(const QStringList &args);
int runImport(const QStringList &args);
int runAhp(const QStringList &args);       // ahpcommands.cpp
int runTemplates(const QStringList &args); // ahpmodelcommands.cpp
int runModel(const QStringList &args);     // ahpmodelcommands.cpp
int runEvaluate(const QStringList &args);  // evaluatecommand.cpp
int runSnapshots(const QStringList &args); // snapshotcommand.cpp
int runClv(const QStringList &args);       // clvcommand.cpp
int runClassify(const QStringList &args);  // classifycommand.cpp

} // namespace valuedesk::cli
