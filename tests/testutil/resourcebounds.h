#pragma once

// Time and memory bounds in functional tests (a hostile file must be refused in bounded memory, a
// pathological matrix must not take minutes). They are measured only where they mean something:
// an optimised build without sanitizers. A Debug build runs Eigen and the parsers unoptimised
// (tens of times slower), and AddressSanitizer keeps freed memory in quarantine and adds shadow
// memory, so its peak RSS says nothing about ours. The behaviour around each bound (the refusal,
// the result) is still checked in every build; only the figure is not.

#include <QtTest/QTest>

namespace TestBounds {

#if defined(VALUEDESK_RESOURCE_BOUNDS) && VALUEDESK_RESOURCE_BOUNDS
inline constexpr bool apply = true;
#else
inline constexpr bool apply = false;
#endif

// Peak resident set size of this process so far, in MiB (getrusage).
long peakRssMiB();

} // namespace TestBounds

// QVERIFY2 for a time or memory bound; a no-op where TestBounds::apply is false.
#define VD_VERIFY_BOUND(condition, message)                                                        \
    do {                                                                                           \
        if constexpr (TestBounds::apply)                                                           \
            QVERIFY2(condition, message);                                                          \
    } while (false)
