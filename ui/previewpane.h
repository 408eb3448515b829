#pragma once

#include "common/result.h"
#include "library/librarytypes.h"
#include "ui/librarysession.h"

#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QSplitter;
class QTextBrowser;

namespace gaozi::ui {


// The right column: the chosen phrase, where it comes from, and the source
// paragraph with the phrase highlighted. A merged phrase lists every source;
// choosing one shows its paragraph. Sources load on a worker thread.
class PreviewPane final : public QWidget
{
    Q_OBJECT
public:
    explicit PreviewPane(LibrarySession *session, QWidget *parent = nullptr);
    ~PreviewPane() override;

    void showPhrase(const SearchHit *hit); // null clears the pane

    qint64 phraseId() const { return m_phrase.id; }
    const QList<SourceView> &sources() const { return m_sources; }
    int currentSource() const;
    void setCurrentSource(int row);
    bool isLoading() const { return m_loading; }

    QListWidget *sourceList() const { return m_sourceList; }
    QTextBrowser *contextView() const { return m_context; }
    QSplitter *splitter() const { return m_splitter; }

Q_SIGNALS:
    void openDocumentRequested(const gaozi::SourceView &source);

private:
    void receive(quint64 sequence, const Result<QList<SourceView>> &sources);
    void showSource(int row);

    LibrarySession *m_session;
    PhraseRecord m_phrase;
    QList<SourceView> m_sources;
    quint64 m_sequence = 0;
    LibrarySession::StopFlag m_stop; // raised when another phrase is shown
    bool m_loading = false;

    QLabel *m_text;
    QLabel *m_meta;
    QLabel *m_sourcesTitle;
    QListWidget *m_sourceList;
    QLabel *m_where;
    QTextBrowser *m_context;
    QPushButton *m_open;
    QSplitter *m_splitter;
};

} // namespace gaozi::ui
