#include "ui/phrasetext.h"

#include <QRegularExpression>

#include <algorithm>

namespace gaozi::ui {

QList<TextRun> splitRuns(const QString &text, const QList<QPair<int, int>> &matches, bool keepLineBreaks)
{
    // Slot names are short ({数}, {单位}); a longer brace pair is ordinary text.
    static const QRegularExpression slotPattern(QStringLiteral("\\{([^{}\\s]{1,4})\\}"));
    QList<bool> inMatch(text.size(), false);
    for (const auto &[start, length] : matches)
        for (int i = std::max(0, start); i < std::min<int>(int(text.size()), start + length); ++i)
            inMatch[i] = true;

    QList<TextRun> runs;
    auto appendPlain = [&](int from, int to) {
        for (int i = from; i < to; ++i) {
            const QChar c = text.at(i) == u'\n' && !keepLineBreaks ? QChar(u'｜') : text.at(i);
            if (runs.isEmpty() || runs.last().slot || runs.last().match != inMatch[i])
                runs.append({QString(), inMatch[i], false});
            runs.last().text += c;
        }
    };
    int pos = 0;
    auto it = slotPattern.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        appendPlain(pos, int(m.capturedStart()));
        const bool matched = std::any_of(inMatch.begin() + m.capturedStart(), inMatch.begin() + m.capturedEnd(),
                                         [](bool b) { return b; });
        runs.append({m.captured(1), matched, true});
        pos = int(m.capturedEnd());
    }
    appendPlain(pos, int(text.size()));
    return runs;
}

QColor slotColour(const QString &slotName)
{
    if (slotName == u"数")
        return QColor(0x2f, 0x6f, 0xb5);
    if (slotName == u"年")
        return QColor(0x2e, 0x8b, 0x57);
    if (slotName == u"单位")
        return QColor(0xc0, 0x6a, 0x10);
    if (slotName == u"名")
        return QColor(0x7b, 0x4f, 0xa8);
    return QColor(0x6b, 0x6b, 0x6b);
}

QColor matchColour()
{
    return QColor(0xff, 0xdf, 0x80);
}

QString runsToHtml(const QList<TextRun> &runs)
{
    QString html;
    for (const auto &run : runs) {
        QString escaped = run.text.toHtmlEscaped();
        escaped.replace(u'\n', QStringLiteral("<br>"));
        if (run.slot) {
            html += QStringLiteral("<span style=\"background-color:%1; color:white;\">&nbsp;%2&nbsp;</span>")
                        .arg(slotColour(run.text).name(), escaped);
        } else if (run.match) {
            html += QStringLiteral("<span style=\"background-color:%1;\">%2</span>").arg(matchColour().name(), escaped);
        } else {
            html += escaped;
        }
    }
    return html;
}

QString phraseHtml(const QString &text, const QList<QPair<int, int>> &matches)
{
    return runsToHtml(splitRuns(text, matches, true));
}

} // namespace gaozi::ui
