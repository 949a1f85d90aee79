#pragma once

#include "settings.h"

#include <QLocale>
#include <QObject>
#include <QTranslator>

namespace valuedesk {

// Installs ValueDesk's and Qt's own translations for the chosen language. Switching at run time
// sends QEvent::LanguageChange to every widget, which retranslates itself.
class Translator final : public QObject
{
    Q_OBJECT

public:
    explicit Translator(QObject *parent = nullptr);

    // System follows QLocale::system(): Chinese for any zh locale, English otherwise.
    bool apply(Settings::Language language);
    QLocale::Language currentLanguage() const { return m_current; }

private:
    QTranslator m_app;
    QTranslator m_qt;
    QLocale::Language m_current = QLocale::English;
};

} // namespace valuedesk
