#pragma once

#include <QLocale>

class QTranslator;

namespace valuedesk {

// ValueDesk's message catalogs, shared by the app and valuedesk-cli. The .qm files are compiled
// from translations/*.ts at build time and embedded under :/i18n in this library, so every
// program and test that links it shows the same strings.
class Translations final
{
public:
    // The two languages ValueDesk ships: Chinese for any zh locale, English for everything else.
    static QLocale::Language languageFor(const QLocale &locale);
    // The locale that language is shown in (zh_CN or en_US); numbers and dates follow it.
    static QLocale localeFor(QLocale::Language language);
    // Loads ValueDesk's own catalog for `locale` (English too: it holds the plural forms).
    static bool loadValueDesk(QTranslator &translator, const QLocale &locale);
    // Loads Qt's own catalog (dialog buttons, file chooser) for a non-English locale.
    static bool loadQt(QTranslator &translator, const QLocale &locale);
};

} // namespace valuedesk
