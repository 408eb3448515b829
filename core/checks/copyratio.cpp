#include "checks/rules.h"

#include "checks/corpusindex.h"
#include "checks/sentences.h"

#include <QtMath>

namespace gaozi {
namespace {

QString sourceText(const CorpusMatch &m)
{
    const QString file = m.fileName.isEmpty() ? m.title : m.fileName;
    return m.sectionPath.isEmpty() ? file : file + QStringLiteral(" › ") + m.sectionPath;
}

} // namespace

void checkCopyRatio(const RuleInput &in, FindingSink &out)
{
    const QString rule = QStringLiteral("copy.sentence");
    int total = 0;
    int copied = 0;
    const auto &paragraphs = in.paragraphs();
    for (int p = 0; p < paragraphs.size(); ++p) {
        const CheckParagraph &para = paragraphs[p];
        if (para.kind != CheckParagraph::Kind::Opening && para.kind != CheckParagraph::Kind::Body)
            continue;
        for (const SentenceSpan &s : splitSentences(para.text)) {
            const QString sentence = para.text.mid(s.offset, s.length);
            if (hanCharacterCount(sentence) < kMinSentenceHan)
                continue;
            ++total;
            const QList<CorpusMatch> matches = in.corpus->findVerbatim(sentence);
            if (matches.isEmpty())
                continue;
            ++copied;
            if (out.dropIfFull(rule))
                continue;
            const CorpusMatch &m = matches.first();
            const QString title = m.title.isEmpty() ? m.fileName : m.title;
            const QString message =
                matches.size() == 1
                    ? QCoreApplication::translate("gaozi::Checks", "This sentence appears verbatim in “%1” (%2).")
                          .arg(title, sourceText(m))
                    : QCoreApplication::translate("gaozi::Checks",
                                                  "This sentence appears verbatim in “%1” (%2) and %n more place(s) in the library.",
                                                  nullptr, int(matches.size() - 1))
                          .arg(title, sourceText(m));
            out.add(rule, Severity::Info, p, s.offset, s.length, message,
                    QCoreApplication::translate("gaozi::Checks", "Rephrase it unless reusing it word for word is intended."));
        }
    }
    const int percent = total == 0 ? 0 : qRound(100.0 * copied / total);
    out.add(QStringLiteral("copy.summary"), Severity::Info, -1, 0, 0,
            QCoreApplication::translate("gaozi::Checks", "%1 of %2 sentences (%3%) appear verbatim in the library.")
                .arg(copied)
                .arg(total)
                .arg(percent));
}

} // namespace gaozi
