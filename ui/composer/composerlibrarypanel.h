#pragma once

#include "draft/suggestions.h"
#include "library/phrasecontext.h"
#include "ui/composer/phrasepickmodel.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QTabWidget;
class QTreeView;

namespace gaozi::ui {

class LibrarySession;

// The library at hand while writing: suggestions for the current section
// (headings in the siblings' shape, headings and phrasing for its role and
// topic, and what writers put after the phrase just used) and a search box.
// Every query runs on the session's worker threads; answers to outdated
// questions are dropped. Double-click, Enter or drag a phrase to use it.
class ComposerLibraryPanel final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int DebounceMs = 200;

    ComposerLibraryPanel(LibrarySession *session, PhrasePickModel::SlotFiller filler, QWidget *parent = nullptr);

    // The section being written changed (or its heading, or its siblings).
    void setContext(const SectionContext &context);
    // Shows what followed this phrase in the corpus (after it was used or picked).
    void showFollowing(qint64 phraseId, const QString &phraseText);

    QTabWidget *tabs() const { return m_tabs; }
    QTreeView *suggestionView() const { return m_suggestionView; }
    PhrasePickModel *suggestionModel() const { return m_suggestions; }
    QLineEdit *searchBox() const { return m_search; }
    QListView *resultView() const { return m_resultView; }
    PhrasePickModel *resultModel() const { return m_results; }
    // Queries on their way (tests wait for 0).
    int pending() const { return m_pending; }

Q_SIGNALS:
    void phraseChosen(qint64 id, gaozi::PhraseKind kind, const QString &text);
    void idle(); // the last pending query has answered

private:
    void runSuggestions();
    void runSearch();
    void runFollowing(qint64 phraseId);
    void rebuildSuggestions();
    void choose(const QModelIndex &index);
    void onPicked(const QModelIndex &index);
    void finishQuery();

    LibrarySession *m_session;
    QTabWidget *m_tabs;
    QLabel *m_contextLabel;
    QTreeView *m_suggestionView;
    PhrasePickModel *m_suggestions;
    QLineEdit *m_search;
    QComboBox *m_kind;
    QListView *m_resultView;
    PhrasePickModel *m_results;
    QLabel *m_resultCount;
    QTimer m_suggestDebounce;
    QTimer m_searchDebounce;

    SectionContext m_context;
    bool m_hasContext = false;
    std::optional<SectionSuggestions> m_current;
    QList<FollowingSentence> m_following;
    QString m_followingOf;
    quint64 m_suggestSequence = 0;
    quint64 m_searchSequence = 0;
    quint64 m_followSequence = 0;
    int m_pending = 0;
};

} // namespace gaozi::ui
