#pragma once

// Memory figures the benchmarks print (Linux /proc/self/status; 0 elsewhere).

namespace valuedesk::bench {

// A field of /proc/self/status in MiB ("VmHWM:" peak, "VmRSS:" current).
double statusMiB(const char *field);
double currentRssMiB();
// Peak resident set size of this process in MiB.
double peakRssMiB();

} // namespace valuedesk::bench
