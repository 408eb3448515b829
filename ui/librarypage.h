#pragma once

#include "library/librarytypes.h"
#include "ui/phrasedialog.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;
class QSplitter;
class QTableView;

namespace gaozi::ui {

class FilterPanel;
class LibrarySession;
class PhraseListModel;
class PreviewPane;
class SearchController;

// The library browser, the window's home page: filters on the left, search
// box and results in the middle, the chosen phrase and its sources on the
// right. Searches, facets and sources run on worker threads; the page only
// writes (favourite, the writer's own phrases) on the GUI thread, one row at
// a time.
class LibraryPage final : public QWidget
{
    Q_OBJECT
public:
    explicit LibraryPage(LibrarySession *session, QWidget *parent = nullptr);
    ~LibraryPage() override;

    // Shortcuts work while focus is inside this page, so another page (the
    // composer) keeps its own Ctrl+C, Del and Ctrl+F.
    struct Actions
    {
        QAction *copy = nullptr;
        QAction *favourite = nullptr;
        QAction *add = nullptr;
        QAction *edit = nullptr;
        QAction *remove = nullptr;
        QAction *find = nullptr;
    };
    const Actions &actions() const { return m_actions; }

    QLineEdit *searchBox() const { return m_search; }
    QComboBox *sortBox() const { return m_sort; }
    QLabel *countLabel() const { return m_count; }
    QTableView *resultView() const { return m_view; }
    PhraseListModel *model() const { return m_model; }
    FilterPanel *filterPanel() const { return m_filters; }
    PreviewPane *preview() const { return m_preview; }
    SearchController *controller() const { return m_controller; }
    QSplitter *splitter() const { return m_splitter; }

    const SearchHit *currentHit() const;
    bool selectPhrase(qint64 id); // false when the phrase is not among the loaded results
    void focusSearch();

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // Enter or double-click on a result: "use this" (the composer listens).
    void phraseActivated(const gaozi::PhraseRecord &phrase);
    void statusMessage(const QString &message);

private:
    void buildActions();
    void updateActions();
    void updateCount();
    void onResults();
    void onCurrentChanged();
    void openSource(const SourceView &source);

    // libraryactions.cpp
    void copyCurrent();
    void toggleFavourite();
    void addPhrase();
    void editPhrase();
    void deletePhrase();
    std::optional<PhraseInput> askPhrase(const QString &title, const PhraseInput &initial);

    LibrarySession *m_session;
    PhraseListModel *m_model;
    SearchController *m_controller;
    FilterPanel *m_filters;
    PreviewPane *m_preview;
    QLineEdit *m_search;
    QComboBox *m_sort;
    QLabel *m_count;
    QTableView *m_view;
    QSplitter *m_splitter;
    Actions m_actions;
    qint64 m_keepSelection = 0; // phrase to select again when the next results arrive
};

} // namespace gaozi::ui
