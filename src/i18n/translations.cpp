#include "translations.h"

#include <QLibraryInfo>
#include <QTranslator>

namespace valuedesk {

QLocale::Language Translations::languageFor(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese ? QLocale::Chinese : QLocale::English;
}

QLocale Translations::localeFor(QLocale::Language language)
{
    return language == QLocale::Chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                        : QLocale(QLocale::English, QLocale::UnitedStates);
}

bool Translations::loadValueDesk(QTranslator &translator, const QLocale &locale)
{
    return translator.load(locale, QStringLiteral("valuedesk"), QStringLiteral("_"),
                           QStringLiteral(":/i18n"));
}

bool Translations::loadQt(QTranslator &translator, const QLocale &locale)
{
    if (locale.language() == QLocale::English)
        return false;
    return translator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

} // namespace valuedesk
