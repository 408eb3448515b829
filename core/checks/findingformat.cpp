#include "checks/findingformat.h"

#include <QCoreApplication>

namespace gaozi {

QJsonObject findingToJson(const Finding &f)
{
    QJsonValue fix = QJsonValue::Null;
    if (f.fix)
        fix = QJsonObject{{QStringLiteral("paragraph"), f.fix->paragraph},
                          {QStringLiteral("offset"), f.fix->offset},
                          {QStringLiteral("length"), f.fix->length},
                          {QStringLiteral("replacement"), f.fix->replacement}};
    return QJsonObject{{QStringLiteral("rule"), f.rule},
                       {QStringLiteral("severity"), severityName(f.severity)},
                       {QStringLiteral("section"), f.sectionPath},
                       {QStringLiteral("paragraph"), f.paragraph},
                       {QStringLiteral("line"), f.line},
                       {QStringLiteral("offset"), f.offset},
                       {QStringLiteral("length"), f.length},
                       {QStringLiteral("excerpt"), f.excerpt},
                       {QStringLiteral("message"), f.message},
                       {QStringLiteral("suggestion"), f.suggestion},
                       {QStringLiteral("fix"), fix}};
}

QJsonArray findingsToJson(const QList<Finding> &findings)
{
    QJsonArray out;
    for (const Finding &f : findings)
        out.append(findingToJson(f));
    return out;
}

QString findingsToText(const QList<Finding> &findings, const QString &fileLabel)
{
    QString out;
    int counts[3] = {0, 0, 0};
    for (const Finding &f : findings) {
        ++counts[int(f.severity)];
        QString where = fileLabel;
        if (f.line > 0)
            where += (where.isEmpty() ? QString() : QStringLiteral(":")) + QString::number(f.line);
        if (!where.isEmpty())
            where += QStringLiteral(": ");
        out += where + severityName(f.severity) + QStringLiteral(": [") + f.rule + QStringLiteral("] ") + f.message
               + u'\n';
        if (!f.excerpt.isEmpty())
            out += QStringLiteral("    | ") + f.excerpt + u'\n';
        if (!f.suggestion.isEmpty())
            out += QStringLiteral("    = ") + f.suggestion + u'\n';
    }
    const QString label = fileLabel.isEmpty() ? QString() : fileLabel + QStringLiteral(": ");
    out += label
           + QCoreApplication::translate("gaozi::Checks", "%1 errors, %2 warnings, %3 notes.")
                 .arg(counts[int(Severity::Error)])
                 .arg(counts[int(Severity::Warning)])
                 .arg(counts[int(Severity::Info)])
           + u'\n';
    return out;
}

} // namespace gaozi
