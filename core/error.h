#pragma once

#include <QString>

#include <expected>

namespace geisep {

// An error meant for a person: what happened, to which file (and row or feature), and what to
// do about it. core and gis return these in std::expected; the window and the CLI show them.
struct Error
{
    QString message; // what happened, e.g. "line 12 has 6 fields, the header has 7"
    QString file;    // the file concerned, if any
    QString hint;    // what the user can do
    // The command that does what the hint says, by its window action's name ("figuresAction"):
    // the window adds the menu path as its menus read it, the CLI the command to type.
    QString action = {};

    // "FILE: MESSAGE HINT" on one line, for the CLI and logs.
    QString toString() const;
};

template<typename T> using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(QString message, QString file = {}, QString hint = {},
                                   QString action = {})
{
    return std::unexpected<Error>(
        Error{std::move(message), std::move(file), std::move(hint), std::move(action)});
}

} // namespace geisep
