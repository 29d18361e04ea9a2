// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractScrollArea>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

namespace Hublot::Ui {

class TerminalSurface;

/// Paints a TerminalSurface and turns keys, the mouse and the clipboard
/// into what the surface sends to the program.
///
/// Painting waits for the next frame (at most one every FrameMs): a flood of
/// output costs one paint a frame, never one per read. The scroll bar walks
/// the scrollback; new output brings the view back to the bottom only when
/// it was there. Selection with the mouse (Shift+drag when the program
/// takes the mouse), Ctrl+Shift+C / Ctrl+Shift+V (and the platform's copy
/// key while something is selected, Shift+Insert to paste), Ctrl+= / Ctrl+-
/// / Ctrl+0 to zoom the system's monospace font, a click on a link (OSC 8,
/// http and https only) to open it.
class TerminalView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminalView)

public:
    static constexpr int FrameMs = 16;

    explicit TerminalView(TerminalSurface *surface, QWidget *parent = nullptr);
    ~TerminalView() override;

    [[nodiscard]] TerminalSurface *surface() const { return m_surface; }

    /// Rows and columns that fit the viewport with the current font.
    [[nodiscard]] QSize gridSize() const;
    [[nodiscard]] QSize cellSize() const { return m_cell; }
    [[nodiscard]] qreal fontPointSize() const { return font().pointSizeF(); }
    void zoomIn();
    void zoomOut();
    void resetZoom();

    /// The selected text (empty when nothing is selected).
    [[nodiscard]] QString selectedText() const;
    void selectAll();
    void clearSelection();
    void copy();
    void pasteFromClipboard();

    /// Searches the scrollback and the screen (case-insensitive), from the
    /// current match on; scrolls to the match and highlights the text.
    /// Gives false when no line holds it.
    bool findNext(const QString &text);
    bool findPrevious(const QString &text);
    [[nodiscard]] qint64 currentMatchLine() const { return m_matchLine; }

    /// Paints done since the start (for tests and benchmarks).
    [[nodiscard]] int paintCount() const { return m_paints; }
    /// The first absolute line in sight.
    [[nodiscard]] qint64 topLine() const;

Q_SIGNALS:
    /// The grid changed size (rows, columns): the program should be told.
    void gridResized(int rows, int columns);
    /// Ctrl+Shift+F: the holder shows its search field.
    void findRequested();
    /// A link was clicked; the view opens it with QDesktopServices.
    void linkActivated(const QUrl &url);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void onSurfaceChanged();
    void frame();
    void updateMetrics();
    void updateScrollBar();
    void applyPalette();
    /// Cell under a viewport point: x column, y absolute line.
    [[nodiscard]] QPoint cellAt(QPointF pos) const;
    [[nodiscard]] bool isSelected(qint64 line, int column) const;
    [[nodiscard]] bool takesMouse(const QMouseEvent *event) const;
    bool handleShortcut(QKeyEvent *event);
    bool find(const QString &text, bool forward);

    QPointer<TerminalSurface> m_surface;
    QSize m_cell {8, 16};
    int m_ascent = 12;
    qreal m_basePointSize = 10;
    QTimer m_frame;
    bool m_pending = false;
    bool m_followBottom = true;
    int m_paints = 0;
    qint64 m_lastLineCount = 0;
    qint64 m_lastDropped = 0;

    bool m_selecting = false;
    bool m_hasSelection = false;
    QPoint m_anchor;  ///< x column, y absolute line
    QPoint m_extent;
    QPoint m_pressCell;
    bool m_dragged = false;
    int m_buttonsDown = 0;

    QString m_matchText;
    qint64 m_matchLine = -1;
};

}  // namespace Hublot::Ui
