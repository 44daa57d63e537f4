// A page whose content scrolls when the window is too small for it: a frameless scroll area
// that resizes the content, in a margin-free vertical layout of the page.
#pragma once

class QVBoxLayout;
class QWidget;

namespace pca::views {

// Puts `content` in a scroll area filling `page` and returns the page's layout, so that callers
// can add fixed rows (progress, messages, buttons) below the scrolling part.
QVBoxLayout *setScrollingContent(QWidget *page, QWidget *content);

} // namespace pca::views
