#pragma once

#include <QtTest>

// QVERIFY for a Result/Status (evaluated once), printing the error when it failed.
#define VD_VERIFY_OK(expression)                                                                   \
    do {                                                                                           \
        const auto &vdResult = (expression);                                                       \
        QVERIFY2(vdResult.ok(), vdResult.ok() ? "" : qPrintable(vdResult.error().toString()));     \
    } while (false)
