#include "ui/labels.h"

namespace gaozi::ui {

QString Labels::kind(PhraseKind kind)
{
    switch (kind) {
    case PhraseKind::Outline:
        return tr("Outline");
    case PhraseKind::Heading:
        return tr("Heading");
    case PhraseKind::Point:
        return tr("Point");
    case PhraseKind::Sentence:
        return tr("Sentence");
    case PhraseKind::Parallel:
        return tr("Parallel");
    case PhraseKind::Term:
        return tr("Term");
    }
    return {};
}

QString Labels::kindName(const QString &codeName)
{
    const auto k = kindFromName(codeName);
    return k ? kind(*k) : codeName;
}

QString Labels::kindHelp(PhraseKind kind)
{
    switch (kind) {
    case PhraseKind::Outline:
        return tr("The skeleton of a whole document");
    case PhraseKind::Heading:
        return tr("Section titles, often in matched pairs");
    case PhraseKind::Point:
        return tr("Enumerated points such as 一是…");
    case PhraseKind::Sentence:
        return tr("Reusable sentences");
    case PhraseKind::Parallel:
        return tr("Parallel phrasing such as 同谋划、同部署、同落实");
    case PhraseKind::Term:
        return tr("Set expressions and slogans");
    }
    return {};
}

QString Labels::sort(SortOrder order)
{
    switch (order) {
    case SortOrder::Rank:
        return tr("Best first");
    case SortOrder::Frequency:
        return tr("Most used");
    case SortOrder::Length:
        return tr("Shortest");
    }
    return {};
}

QString Labels::yearOrUnknown(const std::optional<int> &year)
{
    return year ? QString::number(*year) : tr("unknown");
}

QString Labels::orUnknown(const QString &value)
{
    return value.isEmpty() ? tr("unknown") : value;
}

QString Labels::appName()
{
    return tr("Gaozi");
}

QString Labels::cannotOpenLibrary(const QString &path, const QString &error)
{
    return tr("Cannot open the library %1:\n%2").arg(path, error);
}

} // namespace gaozi::ui
