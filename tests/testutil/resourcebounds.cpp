#include "resourcebounds.h"

#include <sys/resource.h>

namespace TestBounds {

long peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace TestBounds
