#include "translator.h"

#include "translations.h"

#include <QCoreApplication>

namespace valuedesk {

Translator::Translator(QObject *parent) : QObject(parent) {}

bool Translator::apply(Settings::Language language)
{
    QLocale::Language wanted = QLocale::English;
    if (language == Settings::Language::Chinese)
        wanted = QLocale::Chinese;
    else if (language == Settings::Language::System)
        wanted = Translations::languageFor(QLocale::system());

    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    m_current = wanted;
    const QLocale locale = Translations::localeFor(wanted);
    QLocale::setDefault(locale);
    const bool appLoaded = Translations::loadValueDesk(m_app, locale);
    if (appLoaded)
        QCoreApplication::installTranslator(&m_app);
    if (Translations::loadQt(m_qt, locale))
        QCoreApplication::installTranslator(&m_qt);
    return appLoaded;
}

} // namespace valuedesk
