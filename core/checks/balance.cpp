#include "checks/rules.h"

#include <algorithm>

namespace gaozi {
namespace {

constexpr int kMinSiblings = 3;
constexpr int kMinMedian = 40;  // skeletons of a few words are not worth comparing
constexpr int kShortDivisor = 4; // shorter than median / 4
constexpr int kLongFactor = 3;   // longer than 3 × median

void checkSiblings(const QList<SectionNode> &siblings, const RuleInput &in, FindingSink &out)
{
    // Problems and plans are short by nature; compare the sections that report work.
    QList<const SectionNode *> content;
    for (const SectionNode &node : siblings) {
        const QString &heading = node.section->heading;
        if (!containsAny(heading, in.data.words(QStringLiteral("plan-heading")))
            && !containsAny(heading, in.data.words(QStringLiteral("problem-heading"))))
            content.append(&node);
    }
    if (content.size() >= kMinSiblings) {
        QList<int> sizes;
        for (const SectionNode *node : content)
            sizes.append(node->charCount);
        std::sort(sizes.begin(), sizes.end());
        const int median = sizes[sizes.size() / 2];
        if (median >= kMinMedian) {
            for (const SectionNode *node : content) {
                const bool tooShort = node->charCount * kShortDivisor < median;
                const bool tooLong = node->charCount > median * kLongFactor;
                if (!tooShort && !tooLong)
                    continue;
                const CheckParagraph &heading = in.paragraphs()[node->heading];
                out.add(QStringLiteral("balance.section-length"), Severity::Info, node->heading, heading.markerLength,
                        int(heading.text.size()) - heading.markerLength,
                        tooShort ? QCoreApplication::translate("gaozi::Checks",
                                                               "This section has %1 characters, far fewer than its siblings (median %2).")
                                       .arg(node->charCount)
                                       .arg(median)
                                 : QCoreApplication::translate("gaozi::Checks",
                                                               "This section has %1 characters, far more than its siblings (median %2).")
                                       .arg(node->charCount)
                                       .arg(median),
                        tooShort ? QCoreApplication::translate("gaozi::Checks", "Expand it, or merge it into a neighbouring section.")
                                 : QCoreApplication::translate("gaozi::Checks", "Consider splitting or trimming it."));
            }
        }
    }
    for (const SectionNode &node : siblings)
        checkSiblings(node.children, in, out);
}

} // namespace

void checkBalance(const RuleInput &in, FindingSink &out)
{
    checkSiblings(in.checkDoc.roots, in, out);
}

} // namespace gaozi
