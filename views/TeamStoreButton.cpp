#include "TeamStoreButton.h"

#include "store/StoreLocation.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QPushButton>

namespace pca::views {

QPushButton *createTeamStoreButton(QLineEdit *location, QWidget *parent)
{
    auto *button = new QPushButton(
        QCoreApplication::translate("TeamStoreButton", "Open a team store…"), parent);
    button->setObjectName(QStringLiteral("teamStoreButton"));
    const QString explanation = QCoreApplication::translate(
        "TeamStoreButton", "A team store lives in PostgreSQL: replace USER, HOST and DATABASE "
                           "(the password comes from PGPASSWORD or ~/.pgpass).");
    button->setToolTip(explanation);
    button->setAccessibleDescription(explanation);
    QObject::connect(button, &QPushButton::clicked, location, [location] {
        if (!store::isDatabaseUrl(location->text().trimmed()))
            location->setText(QStringLiteral("postgresql://USER@HOST/DATABASE?schema=privateca"));
        location->setFocus();
        const QString text = location->text();
        const qsizetype start = text.indexOf(QStringLiteral("://")) + 3;
        const qsizetype at = text.indexOf(QLatin1Char('@'), start);
        location->setSelection(int(start), int(at > start ? at - start : 0));
    });
    return button;
}

} // namespace pca::views
