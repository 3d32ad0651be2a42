// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/tableformat.h"
#include "scoring/tableformats_p.h"

using namespace Qt::StringLiterals;

namespace ra::scoring::detail {

namespace {

struct Token {
    enum Kind { Word, String, Symbol, End } kind = End;
    QString text;
    int line = 1;
};

/// A small SQL tokenizer: words, 'strings' ('' escapes), symbols; comments skipped; `::type` casts dropped.
class SqlLexer
{
public:
    explicit SqlLexer(const QString &text)
        : m_text(text)
    {
    }

    std::optional<QList<Token>> tokens(QString *error)
    {
        QList<Token> result;
        while (true) {
            skipSpaceAndComments();
            if (m_pos >= m_text.size()) {
                result.append({Token::End, {}, m_line});
                return result;
            }
            const QChar c = m_text.at(m_pos);
            if (c == u'\'') {
                std::optional<QString> literal = stringLiteral();
                if (!literal) {
                    return fail(error, u"line %1: a string literal is never closed"_s.arg(m_line));
                }
                result.append({Token::String, *literal, m_line});
            } else if (c == u'"') {
                const qsizetype end = m_text.indexOf(u'"', m_pos + 1);
                if (end < 0) {
                    return fail(error, u"line %1: a quoted identifier is never closed"_s.arg(m_line));
                }
                result.append({Token::Word, m_text.mid(m_pos + 1, end - m_pos - 1).toLower(), m_line});
                m_pos = end + 1;
            } else if (c.isLetter() || c == u'_') {
                const qsizetype start = m_pos;
                while (m_pos < m_text.size() && (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == u'_')) {
                    ++m_pos;
                }
                result.append({Token::Word, m_text.mid(start, m_pos - start).toLower(), m_line});
            } else if (c == u':' && m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == u':') {
                m_pos += 2;
                skipSpaceAndComments();
                while (m_pos < m_text.size() &&
                       (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == u'_' || m_text.at(m_pos) == u' ')) {
                    ++m_pos;
                }
            } else if (c == u'(' || c == u')' || c == u',' || c == u';' || c == u'.' || c == u'=') {
                result.append({Token::Symbol, QString(c), m_line});
                ++m_pos;
            } else {
                return fail(error, u"line %1: unexpected '%2'"_s.arg(m_line).arg(c));
            }
        }
    }

private:
    static std::optional<QList<Token>> fail(QString *error, const QString &why)
    {
        if (error) {
            *error = why;
        }
        return std::nullopt;
    }

    void skipSpaceAndComments()
    {
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c == u'\n') {
                ++m_line;
                ++m_pos;
            } else if (c.isSpace()) {
                ++m_pos;
            } else if (m_text.mid(m_pos, 2) == u"--"_s) {
                while (m_pos < m_text.size() && m_text.at(m_pos) != u'\n') {
                    ++m_pos;
                }
            } else if (m_text.mid(m_pos, 2) == u"/*"_s) {
                const qsizetype end = m_text.indexOf(u"*/"_s, m_pos + 2);
                const qsizetype stop = end < 0 ? m_text.size() : end + 2;
                m_line += int(QStringView(m_text).mid(m_pos, stop - m_pos).count(u'\n'));
                m_pos = stop;
            } else {
                return;
            }
        }
    }

    std::optional<QString> stringLiteral()
    {
        QString value;
        for (++m_pos; m_pos < m_text.size(); ++m_pos) {
            const QChar c = m_text.at(m_pos);
            if (c == u'\'') {
                if (m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == u'\'') {
                    value.append(c);
                    ++m_pos;
                    continue;
                }
                ++m_pos;
                return value;
            }
            if (c == u'\n') {
                ++m_line;
            }
            value.append(c);
        }
        return std::nullopt;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
};

/// Reads the statements a table file holds: INSERTs into software_versions, and the transaction
/// statements, DELETEs by software and SELECTs aleph-scoring's own SQL files wrap them in.
class SqlReader
{
public:
    SqlReader(QList<Token> tokens, QString *error)
        : m_tokens(std::move(tokens))
        , m_error(error)
    {
    }

    std::optional<QList<SoftwareVersion>> read()
    {
        while (peek().kind != Token::End) {
            if (accept(u";"_s)) {
                continue;
            }
            const Token &first = peek();
            if (first.kind != Token::Word) {
                return fail(u"a statement cannot start with '%1'"_s.arg(first.text));
            }
            const QString word = first.text;
            bool ok = false;
            if (word == u"begin"_s || word == u"commit"_s || word == u"end"_s || word == u"start"_s ||
                word == u"select"_s) {
                ok = skipStatement();
            } else if (word == u"insert"_s) {
                ok = insert();
            } else if (word == u"delete"_s) {
                ok = deleteBySoftware();
            } else {
                return fail(u"only INSERT INTO software_versions statements can be read, not %1"_s.arg(word.toUpper()));
            }
            if (!ok) {
                return std::nullopt;
            }
        }
        return m_rows;
    }

private:
    [[nodiscard]] const Token &peek() const
    {
        return m_tokens.at(std::min(m_pos, m_tokens.size() - 1));
    }
    Token next()
    {
        Token token = peek();
        if (m_pos < m_tokens.size() - 1) {
            ++m_pos;
        }
        return token;
    }
    bool accept(const QString &text)
    {
        if (peek().kind != Token::String && peek().kind != Token::End && peek().text == text) {
            ++m_pos;
            return true;
        }
        return false;
    }
    bool expect(const QString &text)
    {
        if (accept(text)) {
            return true;
        }
        fail(u"expected '%1', found '%2'"_s.arg(text, peek().kind == Token::End ? u"end of file"_s : peek().text));
        return false;
    }
    std::nullopt_t fail(const QString &why)
    {
        if (m_error) {
            *m_error = u"line %1: %2"_s.arg(peek().line).arg(why);
        }
        return std::nullopt;
    }
    bool skipStatement()
    {
        while (peek().kind != Token::End && !accept(u";"_s)) {
            next();
        }
        return true;
    }
    bool tableName()
    {
        if (peek().kind == Token::Word && peek().text == u"public"_s) {
            next();
            if (!expect(u"."_s)) {
                return false;
            }
        }
        return expect(u"software_versions"_s);
    }
    bool deleteBySoftware()
    {
        next();
        if (!expect(u"from"_s) || !tableName() || !expect(u"where"_s) || !expect(u"software"_s) || !expect(u"="_s)) {
            return false;
        }
        if (peek().kind != Token::String) {
            fail(u"only DELETE ... WHERE software = '<name>' can be read"_s);
            return false;
        }
        const QString software = next().text;
        m_rows.removeIf([&](const SoftwareVersion &row) { return row.software == software; });
        return accept(u";"_s) || peek().kind == Token::End || (fail(u"expected ';'"_s), false);
    }
    bool insert()
    {
        next();
        if (!expect(u"into"_s) || !tableName()) {
            return false;
        }
        QStringList columns = kColumns;
        if (accept(u"("_s)) {
            columns.clear();
            do {
                if (peek().kind != Token::Word || !kColumns.contains(peek().text) || columns.contains(peek().text)) {
                    fail(u"'%1' is not a column of software_versions, or is named twice"_s.arg(peek().text));
                    return false;
                }
                columns.append(next().text);
            } while (accept(u","_s));
            if (!expect(u")"_s)) {
                return false;
            }
            if (!columns.contains(u"software"_s) || !columns.contains(u"name"_s) ||
                !columns.contains(u"released_on"_s)) {
                fail(u"an INSERT must give software, name and released_on"_s);
                return false;
            }
        }
        if (!expect(u"values"_s)) {
            return false;
        }
        do {
            if (!tuple(columns)) {
                return false;
            }
        } while (accept(u","_s));
        return accept(u";"_s) || peek().kind == Token::End || (fail(u"expected ';' after the VALUES"_s), false);
    }
    bool tuple(const QStringList &columns)
    {
        const int line = peek().line;
        if (!expect(u"("_s)) {
            return false;
        }
        QStringList values{QString(), QString(), QString(), QString(), u"false"_s};
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i > 0 && !expect(u","_s)) {
                return false;
            }
            const Token value = next();
            const qsizetype column = kColumns.indexOf(columns.at(i));
            const bool isNull = value.kind == Token::Word && value.text == u"null"_s;
            const bool isDefault = value.kind == Token::Word && value.text == u"default"_s;
            if (value.kind == Token::String) {
                values[column] = value.text;
            } else if (column == 3 && (isNull || isDefault)) {
                values[column] = QString();
            } else if (column == 4 && (value.text == u"true"_s || value.text == u"false"_s || isDefault)) {
                values[column] = isDefault ? u"false"_s : value.text;
            } else {
                fail(u"'%1' is not a value for %2"_s.arg(value.text, columns.at(i)));
                return false;
            }
        }
        if (!expect(u")"_s)) {
            return false;
        }
        std::optional<SoftwareVersion> row = rowFromTexts(values, u"line %1"_s.arg(line), m_error);
        if (!row) {
            return false;
        }
        m_rows.append(*row);
        return true;
    }

    QList<Token> m_tokens;
    qsizetype m_pos = 0;
    QString *m_error;
    QList<SoftwareVersion> m_rows;
};

} // namespace

QString writeSql(const QList<SoftwareVersion> &rows)
{
    QString out = u"BEGIN;\n"_s;
    for (const SoftwareVersion &row : rows) {
        out += sqlInsertStatement(row) + u'\n';
    }
    return out + u"COMMIT;\n"_s;
}

std::optional<QList<SoftwareVersion>> readSql(const QString &text, QString *error)
{
    std::optional<QList<Token>> tokens = SqlLexer(text).tokens(error);
    if (!tokens) {
        return std::nullopt;
    }
    return SqlReader(std::move(*tokens), error).read();
}

} // namespace ra::scoring::detail
