#include "checks/rules.h"

#include <vector>

namespace gaozi {
namespace {

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return c.script() == QChar::Script_Han || (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF01 && u <= 0xFF0F)
           || (u >= 0xFF1A && u <= 0xFF20) || u == u'“' || u == u'”' || u == u'‘' || u == u'’' || u == u'…'
           || u == u'—';
}

QChar fullWidth(QChar c)
{
    switch (c.unicode()) {
    case u',': return u'，';
    case u';': return u'；';
    case u':': return u'：';
    case u'?': return u'？';
    case u'!': return u'！';
    case u'(': return u'（';
    case u')': return u'）';
    default: return c;
    }
}

void checkHalfWidth(const RuleInput &in, int p, FindingSink &out)
{
    const QString rule = QStringLiteral("typography.half-width");
    const QString &text = in.paragraphs()[p].text;
    const qsizetype start = in.textStart(p);
    const qsizetype n = text.size();
    constexpr qsizetype kMaxParenthesis = 40;
    for (qsizetype i = start; i < n; ++i) {
        const QChar c = text[i];
        if (c == u'(') {
            // A parenthesis with Chinese inside: (试行) → （试行）.
            qsizetype close = i + 1;
            bool han = false;
            while (close < n && close - i <= kMaxParenthesis && text[close] != u')' && text[close] != u'(') {
                han = han || text[close].script() == QChar::Script_Han;
                ++close;
            }
            if (close >= n || text[close] != u')' || !han)
                continue;
            if (!out.dropIfFull(rule)) {
                const QString group = text.mid(i, close - i + 1);
                const QString replacement = u'（' + text.mid(i + 1, close - i - 1) + u'）';
                out.add(rule, Severity::Warning, p, int(i), int(group.size()),
                        QCoreApplication::translate("gaozi::Checks", "ASCII parentheses around Chinese text: %1.").arg(group),
                        QCoreApplication::translate("gaozi::Checks", "Use full-width parentheses: %1.").arg(replacement),
                        replacement);
            }
            i = close;
            continue;
        }
        if (c != u',' && c != u';' && c != u':' && c != u'?' && c != u'!')
            continue;
        const bool before = i > start && isCjk(text[i - 1]);
        const bool after = i + 1 >= n || isCjk(text[i + 1]);
        if (!before || !after || out.dropIfFull(rule))
            continue;
        out.add(rule, Severity::Warning, p, int(i), 1,
                QCoreApplication::translate("gaozi::Checks", "A half-width “%1” between Chinese characters.").arg(c),
                QCoreApplication::translate("gaozi::Checks", "Use the full-width “%1”.").arg(fullWidth(c)),
                QString(fullWidth(c)));
    }
}

// How strongly a mark ends what precedes it; the strongest of a doubled run is kept.
int punctuationRank(QChar c)
{
    switch (c.unicode()) {
    case u'。': case u'？': case u'！': case u'?': case u'!':
        return 4;
    case u'；': case u';':
        return 3;
    case u'：': case u':':
        return 2;
    case u'，': case u',':
        return 1;
    case u'、':
        return 0;
    default:
        return -1;
    }
}

void checkDoubledPunctuation(const RuleInput &in, int p, FindingSink &out)
{
    const QString rule = QStringLiteral("typography.doubled-punctuation");
    const QString &text = in.paragraphs()[p].text;
    const qsizetype n = text.size();
    qsizetype i = in.textStart(p);
    while (i < n) {
        if (punctuationRank(text[i]) < 0) {
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < n && punctuationRank(text[end]) >= 0)
            ++end;
        const QString run = text.mid(i, end - i);
        static const QStringList accepted = {QStringLiteral("？！"), QStringLiteral("！？"), QStringLiteral("?!"),
                                             QStringLiteral("!?")};
        const bool nearCjk = (i > 0 && isCjk(text[i - 1])) || (end < n && isCjk(text[end])) || run.front().unicode() > 0x7F;
        if (run.size() >= 2 && !accepted.contains(run) && nearCjk && !out.dropIfFull(rule)) {
            QChar keep = run.front();
            for (const QChar c : run) {
                if (punctuationRank(c) > punctuationRank(keep))
                    keep = c;
            }
            const QString replacement(fullWidth(keep));
            out.add(rule, Severity::Warning, p, int(i), int(run.size()),
                    QCoreApplication::translate("gaozi::Checks", "Punctuation doubled: “%1”.").arg(run),
                    QCoreApplication::translate("gaozi::Checks", "Keep only “%1”.").arg(replacement), replacement);
        }
        i = end;
    }
}

struct Pair
{
    char16_t open;
    char16_t close;
};

constexpr Pair kPairs[] = {{u'“', u'”'}, {u'‘', u'’'}, {u'（', u'）'}, {u'《', u'》'}, {u'【', u'】'}, {u'〔', u'〕'}};

void checkPairs(const RuleInput &in, int p, FindingSink &out)
{
    const QString rule = QStringLiteral("typography.unbalanced");
    const QString &text = in.paragraphs()[p].text;
    for (const Pair &pair : kPairs) {
        std::vector<qsizetype> marks; // positions of this pair's characters, in order
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text[i] == pair.open || text[i] == pair.close)
                marks.push_back(i);
        }
        std::vector<qsizetype> open;
        for (size_t k = 0; k < marks.size(); ++k) {
            const qsizetype i = marks[k];
            if (text[i] == pair.open) {
                open.push_back(i);
                continue;
            }
            if (!open.empty()) {
                open.pop_back();
                continue;
            }
            if (out.dropIfFull(rule))
                continue;
            // ”…” with nothing open: the first one was most likely meant to open.
            const bool flipped = k + 1 < marks.size() && text[marks[k + 1]] == pair.close;
            const QString closeText(QChar(pair.close));
            const QString openText(QChar(pair.open));
            out.add(rule, Severity::Warning, p, int(i), 1,
                    QCoreApplication::translate("gaozi::Checks", "“%1” closes nothing: no “%2” comes before it in this paragraph.")
                        .arg(closeText, openText),
                    flipped ? QCoreApplication::translate("gaozi::Checks", "It probably should be “%1”.").arg(openText)
                            : QCoreApplication::translate("gaozi::Checks", "Add the missing “%1” or remove this one.").arg(openText),
                    flipped ? std::optional<QString>(openText) : std::nullopt);
            if (flipped)
                open.push_back(i); // treat it as the opener it was meant to be
        }
        for (const qsizetype i : open) {
            if (out.dropIfFull(rule))
                continue;
            out.add(rule, Severity::Warning, p, int(i), 1,
                    QCoreApplication::translate("gaozi::Checks", "“%1” is opened here but not closed in this paragraph.")
                        .arg(QChar(pair.open)),
                    QCoreApplication::translate("gaozi::Checks", "Add the missing “%1”.").arg(QChar(pair.close)));
        }
    }
}

} // namespace

void checkTypography(const RuleInput &in, FindingSink &out)
{
    for (int p = 0; p < in.paragraphs().size(); ++p) {
        checkHalfWidth(in, p, out);
        checkDoubledPunctuation(in, p, out);
        checkPairs(in, p, out);
    }
}

} // namespace gaozi
