#include "translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace valuedesk {

Translator::Translator(QObject *parent) : QObject(parent) {}

bool Translator::apply(Settings::Language language)
{
    QLocale::Language wanted = QLocale::English;
    if (language == Settings::Language::Chinese
        || (language == Settings::Language::System
            && QLocale::system().language() == QLocale::Chinese))
        wanted = QLocale::Chinese;

    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    m_current = wanted;
    const QLocale locale = wanted == QLocale::Chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                                      : QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);
    // English is loaded too: it carries the plural forms of the "%n customer(s)" strings.
    const bool appLoaded = m_app.load(locale, QStringLiteral("valuedesk"), QStringLiteral("_"),
                                      QStringLiteral(":/i18n"));
    if (appLoaded)
        QCoreApplication::installTranslator(&m_app);
    // Qt's own dialogs (file chooser, message box buttons).
    if (wanted != QLocale::English
        && m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    return appLoaded;
}

} // namespace valuedesk
