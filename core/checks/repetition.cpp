#include "checks/rules.h"

#include "checks/sentences.h"

#include <QHash>
#include <QMap>

namespace gaozi {
namespace {

QString placeName(const CheckParagraph &p)
{
    return p.sectionPath.isEmpty() ? QCoreApplication::translate("gaozi::Checks", "the opening") : p.sectionPath;
}

void checkSentences(const RuleInput &in, FindingSink &out)
{
    const QString rule = QStringLiteral("repetition.sentence");
    QHash<QString, int> firstParagraph;
    const auto &paragraphs = in.paragraphs();
    for (int p = 0; p < paragraphs.size(); ++p) {
        const CheckParagraph &para = paragraphs[p];
        if (para.kind == CheckParagraph::Kind::Title || para.kind == CheckParagraph::Kind::Heading)
            continue;
        for (const SentenceSpan &s : splitSentences(para.text)) {
            const QStringView sentence = QStringView(para.text).mid(s.offset, s.length);
            if (hanCharacterCount(sentence) < kMinSentenceHan)
                continue;
            const QString key = sentenceKey(sentence);
            const auto it = firstParagraph.constFind(key);
            if (it == firstParagraph.cend()) {
                firstParagraph.insert(key, p);
                continue;
            }
            if (out.dropIfFull(rule))
                continue;
            const QString where = it.value() == p ? QCoreApplication::translate("gaozi::Checks", "this paragraph")
                                                  : placeName(paragraphs[it.value()]);
            out.add(rule, Severity::Warning, p, s.offset, s.length,
                    QCoreApplication::translate("gaozi::Checks", "This sentence already appears earlier, in %1.").arg(where),
                    QCoreApplication::translate("gaozi::Checks", "Delete one of them, or say it differently."));
        }
    }
}

void checkHeadings(const RuleInput &in, FindingSink &out)
{
    QHash<QString, int> first;
    const auto &paragraphs = in.paragraphs();
    for (int p = 0; p < paragraphs.size(); ++p) {
        const CheckParagraph &para = paragraphs[p];
        if (para.kind != CheckParagraph::Kind::Heading)
            continue;
        const QStringView heading = QStringView(para.text).mid(para.markerLength);
        const QString key = sentenceKey(heading);
        if (key.size() < 2)
            continue;
        const auto it = first.constFind(key);
        if (it == first.cend()) {
            first.insert(key, p);
            continue;
        }
        out.add(QStringLiteral("repetition.heading"), Severity::Warning, p, para.markerLength, int(heading.size()),
                QCoreApplication::translate("gaozi::Checks", "The heading “%1” already appears earlier, in %2.")
                    .arg(heading.toString(), placeName(paragraphs[it.value()])),
                QCoreApplication::translate("gaozi::Checks", "Give each section its own heading."));
    }
}

QString openingOf(const RuleInput &in, const SectionNode &node)
{
    const CheckParagraph &para = in.paragraphs()[node.heading];
    const QStringView heading = QStringView(para.text).mid(para.markerLength);
    if (heading.size() < 2 || heading[0].script() != QChar::Script_Han || heading[1].script() != QChar::Script_Han)
        return {};
    return heading.left(2).toString();
}

void checkOpeningVerbs(const QList<SectionNode> &siblings, const RuleInput &in, FindingSink &out)
{
    constexpr int kMinRepeats = 3;
    constexpr int kSuggestions = 3;
    if (siblings.size() >= kMinRepeats) {
        QMap<QString, QList<int>> groups; // opening → heading paragraphs, in a stable order
        for (const SectionNode &node : siblings) {
            const QString opening = openingOf(in, node);
            if (!opening.isEmpty())
                groups[opening].append(node.heading);
        }
        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
            if (it.value().size() < kMinRepeats)
                continue;
            QStringList alternatives;
            for (const QString &verb : in.data.verbs) {
                if (!groups.contains(verb) && alternatives.size() < kSuggestions)
                    alternatives.append(verb);
            }
            const int first = it.value().first();
            const int start = in.paragraphs()[first].markerLength;
            const bool all = it.value().size() == siblings.size();
            // All siblings alike is usually deliberate parallelism (聚焦思想过硬… 聚焦政治过硬…).
            const QString message =
                all ? QCoreApplication::translate("gaozi::Checks",
                                                  "All %1 sibling headings open with “%2”; fine if the parallel form is intended.")
                          .arg(siblings.size())
                          .arg(it.key())
                    : QCoreApplication::translate("gaozi::Checks", "%1 of %2 sibling headings open with “%3”.")
                          .arg(it.value().size())
                          .arg(siblings.size())
                          .arg(it.key());
            out.add(QStringLiteral("repetition.opening-verb"), all ? Severity::Info : Severity::Warning, first, start, 2,
                    message,
                    QCoreApplication::translate("gaozi::Checks", "Vary the openings, for example with %1.")
                        .arg(alternatives.join(u'、')));
        }
    }
    for (const SectionNode &node : siblings)
        checkOpeningVerbs(node.children, in, out);
}

} // namespace

void checkRepetition(const RuleInput &in, FindingSink &out)
{
    checkSentences(in, out);
    checkHeadings(in, out);
    checkOpeningVerbs(in.checkDoc.roots, in, out);
}

} // namespace gaozi
