#include "core/text/atlasfilter.h"

#include "core/text/turkish.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace geisep {

struct AtlasFilter::Node
{
    enum class Op { And, Or, Not, Eq, Ne, Lt, Le, Gt, Ge, Like, In };
    Op op = Op::Eq;
    // And and Or hold all their operands (a AND b AND c is one node, not a chain), so a long
    // filter is wide, not deep; Not holds one. Depth comes only from brackets and NOT, and the
    // parser bounds it.
    std::vector<std::unique_ptr<Node>> operands;
    QString key;        // comparisons: the field
    QStringList values; // comparisons: one value, or In's list
};

// Brackets and NOT nested deeper than this are refused: no planner writes them, and parsing
// and evaluating stay within a small, fixed stack whatever a stored layout holds.
constexpr int kMaxNesting = 64;

namespace {

using Node = AtlasFilter::Node;

struct Token
{
    enum class Kind { Word, Text, Number, Symbol, End };
    Kind kind = Kind::End;
    QString text;
    qsizetype at = 0; // character position, from 1
};

bool isSymbolChar(QChar c)
{
    return c == u'=' || c == u'!' || c == u'<' || c == u'>' || c == u'(' || c == u')' || c == u',';
}

Result<std::vector<Token>> tokenize(const QString &s)
{
    std::vector<Token> out;
    qsizetype i = 0;
    while (i < s.size()) {
        const QChar c = s[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token t;
        t.at = i + 1;
        if (c == u'\'' || c == u'"') {
            const qsizetype end = s.indexOf(c, i + 1);
            if (end < 0)
                return fail(AtlasFilter::tr("The quote at character %1 is not closed.").arg(i + 1));
            t.kind = Token::Kind::Text;
            t.text = s.mid(i + 1, end - i - 1);
            i = end + 1;
        } else if (isSymbolChar(c)) {
            t.kind = Token::Kind::Symbol;
            t.text = c;
            if (i + 1 < s.size() && (c == u'<' || c == u'>' || c == u'!' || c == u'=')
                && (s[i + 1] == u'=' || (c == u'<' && s[i + 1] == u'>')))
                t.text += s[++i];
            ++i;
        } else {
            qsizetype j = i;
            while (j < s.size() && !s[j].isSpace() && !isSymbolChar(s[j]) && s[j] != u'\''
                   && s[j] != u'"')
                ++j;
            t.text = s.mid(i, j - i);
            bool number = false;
            t.text.toDouble(&number);
            t.kind = number ? Token::Kind::Number : Token::Kind::Word;
            i = j;
        }
        out.push_back(t);
    }
    Token end;
    end.at = s.size() + 1;
    out.push_back(end);
    return out;
}

bool isKeyword(const Token &t, const char *word)
{
    return t.kind == Token::Kind::Word
           && t.text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
}

class Parser
{
public:
    Parser(std::vector<Token> tokens, const std::vector<AtlasFilter::Field> &fields)
        : m_tokens(std::move(tokens))
        , m_fields(fields)
    {}

    Result<std::unique_ptr<Node>> parse()
    {
        auto node = orExpr();
        if (!node)
            return node;
        if (peek().kind != Token::Kind::End)
            return fail(AtlasFilter::tr("Unexpected \"%1\" at character %2.")
                            .arg(peek().text, QString::number(peek().at)),
                        {}, AtlasFilter::tr("Join conditions with AND or OR."));
        return node;
    }

private:
    const Token &peek() const { return m_tokens[m_pos]; }
    const Token &take() { return m_tokens[m_pos < m_tokens.size() - 1 ? m_pos++ : m_pos]; }

    // Operands joined by one keyword (AND/VE or OR/VEYA) into one node.
    Result<std::unique_ptr<Node>> joined(Node::Op op, const char *word, const char *turkish,
                                         Result<std::unique_ptr<Node>> (Parser::*operand)())
    {
        auto first = (this->*operand)();
        if (!first || !(isKeyword(peek(), word) || isKeyword(peek(), turkish)))
            return first;
        auto n = std::make_unique<Node>();
        n->op = op;
        n->operands.push_back(std::move(*first));
        while (isKeyword(peek(), word) || isKeyword(peek(), turkish)) {
            take();
            auto next = (this->*operand)();
            if (!next)
                return next;
            n->operands.push_back(std::move(*next));
        }
        return n;
    }

    Result<std::unique_ptr<Node>> orExpr()
    {
        return joined(Node::Op::Or, "OR", "VEYA", &Parser::andExpr);
    }

    Result<std::unique_ptr<Node>> andExpr()
    {
        return joined(Node::Op::And, "AND", "VE", &Parser::notExpr);
    }

    Result<std::unique_ptr<Node>> notExpr()
    {
        const bool nests = isKeyword(peek(), "NOT")
                           || (peek().kind == Token::Kind::Symbol && peek().text == u"(");
        if (nests && m_depth >= kMaxNesting)
            return fail(AtlasFilter::tr("The filter nests brackets and NOT more than %1 deep "
                                        "at character %2.")
                            .arg(QString::number(kMaxNesting), QString::number(peek().at)),
                        {}, AtlasFilter::tr("Write it with fewer brackets."));
        struct Deeper
        {
            int &depth;
            explicit Deeper(int &d)
                : depth(++d)
            {}
            ~Deeper() { --depth; }
        };
        if (isKeyword(peek(), "NOT")) {
            take();
            Deeper deeper(m_depth);
            auto inner = notExpr();
            if (!inner)
                return inner;
            auto n = std::make_unique<Node>();
            n->op = Node::Op::Not;
            n->operands.push_back(std::move(*inner));
            return n;
        }
        if (peek().kind == Token::Kind::Symbol && peek().text == u"(") {
            const Token open = take();
            Deeper deeper(m_depth);
            auto inner = orExpr();
            if (!inner)
                return inner;
            if (!(peek().kind == Token::Kind::Symbol && peek().text == u")"))
                return fail(
                    AtlasFilter::tr("The bracket at character %1 is not closed.").arg(open.at));
            take();
            return inner;
        }
        return comparison();
    }

    Result<QString> fieldKey(const Token &t)
    {
        if (t.kind != Token::Kind::Word && t.kind != Token::Kind::Text)
            return fail(AtlasFilter::tr("Expected a field name at character %1.").arg(t.at), {},
                        fieldHint());
        const QString folded = foldTurkish(t.text);
        for (const AtlasFilter::Field &f : m_fields)
            for (const QString &name : f.names)
                if (foldTurkish(name) == folded)
                    return f.key;
        return fail(AtlasFilter::tr("There is no field \"%1\" (character %2).")
                        .arg(t.text, QString::number(t.at)),
                    {}, fieldHint());
    }

    QString fieldHint() const
    {
        QStringList names;
        for (const AtlasFilter::Field &f : m_fields)
            names << f.names.join(QStringLiteral(" / "));
        return AtlasFilter::tr("Fields: %1.").arg(names.join(QStringLiteral(", ")));
    }

    bool endsValue(const Token &t) const
    {
        return t.kind == Token::Kind::End || t.kind == Token::Kind::Symbol || isKeyword(t, "AND")
               || isKeyword(t, "OR") || isKeyword(t, "VE") || isKeyword(t, "VEYA");
    }

    // A value: quoted text, a number, or bare words up to the next keyword or bracket.
    Result<QString> value()
    {
        const Token &t = peek();
        if (t.kind == Token::Kind::Text || t.kind == Token::Kind::Number) {
            take();
            return t.text;
        }
        if (t.kind != Token::Kind::Word)
            return fail(AtlasFilter::tr("Expected a value at character %1.").arg(t.at), {},
                        AtlasFilter::tr("Write it in quotes if it has brackets or commas: "
                                        "'Aşağı Arıl Mh.'"));
        QStringList words;
        while (peek().kind == Token::Kind::Word && !endsValue(peek()))
            words << take().text;
        return words.join(u' ');
    }

    Result<std::unique_ptr<Node>> comparison()
    {
        const Token field = take();
        auto key = fieldKey(field);
        if (!key)
            return std::unexpected(key.error());
        auto n = std::make_unique<Node>();
        n->key = *key;
        const Token op = take();
        const QString o = op.text;
        if (op.kind == Token::Kind::Symbol && (o == u"=" || o == u"=="))
            n->op = Node::Op::Eq;
        else if (op.kind == Token::Kind::Symbol && (o == u"!=" || o == u"<>"))
            n->op = Node::Op::Ne;
        else if (op.kind == Token::Kind::Symbol && o == u"<")
            n->op = Node::Op::Lt;
        else if (op.kind == Token::Kind::Symbol && o == u"<=")
            n->op = Node::Op::Le;
        else if (op.kind == Token::Kind::Symbol && o == u">")
            n->op = Node::Op::Gt;
        else if (op.kind == Token::Kind::Symbol && o == u">=")
            n->op = Node::Op::Ge;
        else if (isKeyword(op, "LIKE"))
            n->op = Node::Op::Like;
        else if (isKeyword(op, "IN"))
            n->op = Node::Op::In;
        else
            return fail(AtlasFilter::tr("Expected =, !=, <, <=, >, >=, LIKE or IN after \"%1\" at "
                                        "character %2.")
                            .arg(field.text, QString::number(op.at)));
        if (n->op == Node::Op::In) {
            if (!(peek().kind == Token::Kind::Symbol && peek().text == u"("))
                return fail(AtlasFilter::tr("IN takes a list in brackets at character %1: "
                                            "ilçe IN (Şahinbey, Şehitkamil).")
                                .arg(peek().at));
            const Token open = take();
            for (;;) {
                auto v = value();
                if (!v)
                    return std::unexpected(v.error());
                n->values << *v;
                if (peek().kind == Token::Kind::Symbol && peek().text == u",") {
                    take();
                    continue;
                }
                if (peek().kind == Token::Kind::Symbol && peek().text == u")") {
                    take();
                    break;
                }
                return fail(
                    AtlasFilter::tr("The list at character %1 is not closed.").arg(open.at));
            }
            return n;
        }
        auto v = value();
        if (!v)
            return std::unexpected(v.error());
        if (v->isEmpty())
            return fail(AtlasFilter::tr("Expected a value after \"%1\" at character %2.")
                            .arg(o, QString::number(op.at)));
        n->values << *v;
        return n;
    }

    std::vector<Token> m_tokens;
    const std::vector<AtlasFilter::Field> &m_fields;
    std::size_t m_pos = 0;
    int m_depth = 0; // brackets and NOT open at this point
};

// LIKE on folded text: % any run, _ one character; the text between them folded as names are.
bool like(const QString &foldedText, const QString &pattern)
{
    QString re, literal;
    auto flush = [&] {
        re += QRegularExpression::escape(foldTurkish(literal));
        literal.clear();
    };
    for (const QChar c : pattern) {
        if (c == u'%' || c == u'_') {
            flush();
            re += c == u'%' ? QStringLiteral(".*") : QStringLiteral(".");
        } else {
            literal += c;
        }
    }
    flush();
    return QRegularExpression(QRegularExpression::anchoredPattern(re)).match(foldedText).hasMatch();
}

int compareValues(const QVariant &actual, const QString &wanted, bool *comparable)
{
    bool a = false, b = false;
    const double x = actual.toDouble(&a), y = wanted.toDouble(&b);
    *comparable = true;
    if (a && b && actual.typeId() != QMetaType::QString)
        return x < y ? -1 : x > y ? 1 : 0;
    if (a && b) // numeric text both sides
        return x < y ? -1 : x > y ? 1 : 0;
    if (actual.isNull() || !actual.isValid()) {
        *comparable = false;
        return 0;
    }
    const QString l = foldTurkish(actual.toString()), r = foldTurkish(wanted);
    return l < r ? -1 : l > r ? 1 : 0;
}

bool evaluate(const Node &n, const AtlasFilter::Lookup &lookup)
{
    switch (n.op) {
    case Node::Op::And:
        return std::all_of(n.operands.begin(), n.operands.end(),
                           [&](const auto &o) { return evaluate(*o, lookup); });
    case Node::Op::Or:
        return std::any_of(n.operands.begin(), n.operands.end(),
                           [&](const auto &o) { return evaluate(*o, lookup); });
    case Node::Op::Not:
        return !evaluate(*n.operands.front(), lookup);
    default:
        break;
    }
    const QVariant actual = lookup(n.key);
    if (n.op == Node::Op::In) {
        for (const QString &v : n.values) {
            bool ok = false;
            if (compareValues(actual, v, &ok) == 0 && ok)
                return true;
        }
        return false;
    }
    if (n.op == Node::Op::Like)
        return actual.isValid() && !actual.isNull()
               && like(foldTurkish(actual.toString()), n.values.value(0));
    bool ok = false;
    const int c = compareValues(actual, n.values.value(0), &ok);
    if (!ok) // an unknown value matches nothing, not even !=
        return false;
    switch (n.op) {
    case Node::Op::Eq:
        return c == 0;
    case Node::Op::Ne:
        return c != 0;
    case Node::Op::Lt:
        return c < 0;
    case Node::Op::Le:
        return c <= 0;
    case Node::Op::Gt:
        return c > 0;
    case Node::Op::Ge:
        return c >= 0;
    default:
        return false;
    }
}

} // namespace

AtlasFilter::AtlasFilter() = default;
AtlasFilter::~AtlasFilter() = default;
AtlasFilter::AtlasFilter(AtlasFilter &&) noexcept = default;
AtlasFilter &AtlasFilter::operator=(AtlasFilter &&) noexcept = default;

Result<AtlasFilter> AtlasFilter::parse(const QString &text, const std::vector<Field> &fields)
{
    AtlasFilter out;
    if (text.trimmed().isEmpty())
        return out;
    auto tokens = tokenize(text);
    if (!tokens)
        return std::unexpected(tokens.error());
    Parser parser(std::move(*tokens), fields);
    auto root = parser.parse();
    if (!root)
        return std::unexpected(root.error());
    out.m_root = std::move(*root);
    return out;
}

const std::vector<AtlasFilter::Field> &AtlasFilter::areaFields()
{
    static const std::vector<Field> fields{
        {QStringLiteral("name"),
         {QStringLiteral("name"), QStringLiteral("ad"), QStringLiteral("mahalle")}},
        {QStringLiteral("district"), {QStringLiteral("district"), QStringLiteral("ilçe")}},
        {QStringLiteral("province"), {QStringLiteral("province"), QStringLiteral("il")}},
        {QStringLiteral("code"), {QStringLiteral("code"), QStringLiteral("kod")}},
        {QStringLiteral("population"), {QStringLiteral("population"), QStringLiteral("nüfus")}},
        {QStringLiteral("pressure"), {QStringLiteral("pressure"), QStringLiteral("baskı")}},
        {QStringLiteral("rank"), {QStringLiteral("rank"), QStringLiteral("sıra")}}};
    return fields;
}

bool AtlasFilter::accepts(const Lookup &value) const
{
    return !m_root || evaluate(*m_root, value);
}

} // namespace geisep
