#include "checks/rules.h"

#include "ingest/headingmarkers.h"

namespace gaozi {
namespace {

// 一是 counts as an enumeration marker only at the start of a clause.
bool isClauseStart(QStringView text, qsizetype pos)
{
    static const QString boundaries = QStringLiteral("。；;：:，,！？!? 、”）)");
    return pos == 0 || boundaries.contains(text[pos - 1]);
}

constexpr int kMaxPointOrdinal = 20;

struct Marker
{
    int paragraph;
    int pos;
    int numeralLength;
    int ordinal;
};

QString pointWord(int ordinal)
{
    return chineseNumeral(ordinal) + u'是';
}

void evaluateRun(const QList<Marker> &run, FindingSink &out)
{
    const QString rule = QStringLiteral("numbering.points");
    if (run.isEmpty())
        return;
    if (run.size() == 1 && run.first().ordinal == 1) {
        const Marker &m = run.first();
        out.add(rule, Severity::Error, m.paragraph, m.pos, m.numeralLength + 1,
                QCoreApplication::translate("gaozi::Checks", "“一是” is not followed by “二是”."),
                QCoreApplication::translate("gaozi::Checks", "Add the next point (二是…), or drop “一是”."));
        return;
    }
    const int base = run.first().ordinal;
    if (base != 1) {
        const Marker &m = run.first();
        out.add(rule, Severity::Error, m.paragraph, m.pos, m.numeralLength + 1,
                QCoreApplication::translate("gaozi::Checks", "“%1” appears without “一是” before it.").arg(pointWord(base)),
                QCoreApplication::translate("gaozi::Checks", "Start the enumeration with “一是”."));
    }
    for (int i = 1; i < run.size(); ++i) {
        const Marker &m = run[i];
        const int expected = base + i;
        if (m.ordinal == expected)
            continue;
        out.add(rule, Severity::Error, m.paragraph, m.pos, m.numeralLength,
                QCoreApplication::translate("gaozi::Checks", "“%1” follows “%2”: “%3” was expected.")
                    .arg(pointWord(m.ordinal), pointWord(run[i - 1].ordinal), pointWord(expected)),
                QCoreApplication::translate("gaozi::Checks", "Renumber it “%1”.").arg(pointWord(expected)),
                chineseNumeral(expected));
    }
}

// Markers of one run container (the opening, or one section's body) in reading order.
void checkContainer(const RuleInput &in, int first, int count, FindingSink &out)
{
    QList<Marker> run;
    for (int p = first; p < first + count; ++p) {
        const QString &text = in.paragraphs()[p].text;
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (!isClauseStart(text, i))
                continue;
            qsizetype length = 0;
            const int ordinal = pointMarkerOrdinal(text, i, &length);
            if (ordinal <= 0 || ordinal > kMaxPointOrdinal)
                continue;
            if (ordinal == 1) {
                evaluateRun(run, out);
                run.clear();
            }
            run.append({p, int(i), int(length - 1), ordinal});
            i += length - 1;
        }
    }
    evaluateRun(run, out);
}

void walk(const QList<SectionNode> &nodes, const RuleInput &in, FindingSink &out)
{
    for (const SectionNode &node : nodes) {
        checkContainer(in, node.firstBody, node.bodyCount, out);
        walk(node.children, in, out);
    }
}

} // namespace

void checkPointRuns(const RuleInput &in, FindingSink &out)
{
    checkContainer(in, 1, int(in.doc.opening.size()), out);
    walk(in.checkDoc.roots, in, out);
}

} // namespace gaozi
