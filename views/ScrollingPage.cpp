#include "ScrollingPage.h"

#include <QScrollArea>
#include <QVBoxLayout>

namespace pca::views {

QVBoxLayout *setScrollingContent(QWidget *page, QWidget *content)
{
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    return layout;
}

} // namespace pca::views
