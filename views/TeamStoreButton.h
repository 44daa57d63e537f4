// "Open a team store…" next to a store location field (first start and Settings): puts a
// PostgreSQL URL to complete into the field, with the part to replace selected. The field then
// holds a directory or a postgresql:// URL; store::parseStoreLocation reads either.
#pragma once

class QLineEdit;
class QPushButton;
class QWidget;

namespace pca::views {

QPushButton *createTeamStoreButton(QLineEdit *location, QWidget *parent);

} // namespace pca::views
