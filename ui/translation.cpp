#include "ui/translation.h"

#include "common/logging.h"
#include "ui/uisettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace gaozi::ui {

QString storedLanguage()
{
    const QString value = QSettings().value(settings::Language).toString();
    return value == EnglishLanguage ? EnglishLanguage : ChineseLanguage;
}

void storeLanguage(const QString &language)
{
    QSettings().setValue(settings::Language, language == EnglishLanguage ? EnglishLanguage : ChineseLanguage);
}

bool installTranslations(QCoreApplication *app, const QString &language)
{
    if (language == EnglishLanguage)
        return true; // the source strings are English
    // Gaozi's own catalogue is compiled in; Qt's (dialog buttons, context
    // menus) comes from the system's Qt translations when installed.
    auto *own = new QTranslator(app);
    if (!own->load(QStringLiteral(":/i18n/gaozi_zh_CN.qm"))) {
        qCWarning(lcUi) << "the Chinese UI catalogue is missing";
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

} // namespace gaozi::ui
