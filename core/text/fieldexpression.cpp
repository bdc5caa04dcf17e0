#include "core/text/fieldexpression.h"

#include "core/text/turkish.h"

#include <QLocale>

#include <cmath>

namespace geisep {

struct FieldExpression::Node
{
    enum class Kind { Number, Text, Field, Negate, Add, Subtract, Multiply, Divide, Concat, Call };
    Kind kind = Kind::Number;
    double number = 0;
    QString text; // Text: the literal; Field: the caller's key; Call: the function
    std::vector<std::unique_ptr<Node>> operands;
};

namespace {

using Node = FieldExpression::Node;

struct Token
{
    enum class Kind { Number, Text, Name, QuotedName, Symbol, End };
    Kind kind = Kind::End;
    QString text;
    double number = 0;
    qsizetype at = 0; // 1-based character position
};

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
                return fail(
                    FieldExpression::tr("The quote at character %1 is not closed.").arg(i + 1));
            t.kind = c == u'\'' ? Token::Kind::Text : Token::Kind::QuotedName;
            t.text = s.mid(i + 1, end - i - 1);
            i = end + 1;
        } else if (c.isDigit() || (c == u'.' && i + 1 < s.size() && s[i + 1].isDigit())) {
            qsizetype j = i;
            while (j < s.size() && (s[j].isDigit() || s[j] == u'.'))
                ++j;
            bool ok = false;
            t.number = QLocale::c().toDouble(s.mid(i, j - i), &ok);
            if (!ok)
                return fail(FieldExpression::tr("\"%1\" at character %2 is not a number; write "
                                                "decimals with a dot: 12.5.")
                                .arg(s.mid(i, j - i))
                                .arg(i + 1));
            t.kind = Token::Kind::Number;
            i = j;
        } else if (c.isLetter() || c == u'_') {
            qsizetype j = i;
            while (j < s.size() && (s[j].isLetterOrNumber() || s[j] == u'_' || s[j] == u'.'))
                ++j;
            t.kind = Token::Kind::Name;
            t.text = s.mid(i, j - i);
            i = j;
        } else if (c == u'|' && i + 1 < s.size() && s[i + 1] == u'|') {
            t.kind = Token::Kind::Symbol;
            t.text = QStringLiteral("||");
            i += 2;
        } else if (QStringLiteral("+-*/(),").contains(c)) {
            t.kind = Token::Kind::Symbol;
            t.text = c;
            ++i;
        } else {
            return fail(FieldExpression::tr("\"%1\" at character %2 is not part of an "
                                            "expression.")
                            .arg(c)
                            .arg(i + 1),
                        {}, FieldExpression::tr("Use + - * / ( ) and || to join text."));
        }
        out.push_back(t);
    }
    Token end;
    end.at = s.size() + 1;
    out.push_back(end);
    return out;
}

constexpr int kMaxDepth = 64;

class Parser
{
public:
    Parser(std::vector<Token> tokens, const std::vector<AtlasFilter::Field> &fields)
        : m_tokens(std::move(tokens))
        , m_fields(fields)
    {}

    Result<std::unique_ptr<Node>> parse()
    {
        if (peek().kind == Token::Kind::End)
            return fail(FieldExpression::tr("The expression is empty."), {},
                        FieldExpression::tr("Write a value, a field or a sum of them."));
        auto node = concat();
        if (!node)
            return node;
        if (peek().kind != Token::Kind::End)
            return fail(FieldExpression::tr("Unexpected \"%1\" at character %2.")
                            .arg(peek().text, QString::number(peek().at)));
        return node;
    }

private:
    const Token &peek() const { return m_tokens[m_pos]; }
    const Token &take() { return m_tokens[m_pos < m_tokens.size() - 1 ? m_pos++ : m_pos]; }
    bool isSymbol(const char *symbol) const
    {
        return peek().kind == Token::Kind::Symbol && peek().text == QLatin1String(symbol);
    }

    static std::unique_ptr<Node> binary(Node::Kind kind, std::unique_ptr<Node> a,
                                        std::unique_ptr<Node> b)
    {
        auto n = std::make_unique<Node>();
        n->kind = kind;
        n->operands.push_back(std::move(a));
        n->operands.push_back(std::move(b));
        return n;
    }

    Result<std::unique_ptr<Node>> concat()
    {
        auto left = sum();
        while (left && isSymbol("||")) {
            take();
            auto right = sum();
            if (!right)
                return right;
            left = binary(Node::Kind::Concat, std::move(*left), std::move(*right));
        }
        return left;
    }

    Result<std::unique_ptr<Node>> sum()
    {
        auto left = product();
        while (left && (isSymbol("+") || isSymbol("-"))) {
            const Node::Kind kind = take().text == u"+" ? Node::Kind::Add : Node::Kind::Subtract;
            auto right = product();
            if (!right)
                return right;
            left = binary(kind, std::move(*left), std::move(*right));
        }
        return left;
    }

    Result<std::unique_ptr<Node>> product()
    {
        auto left = unary();
        while (left && (isSymbol("*") || isSymbol("/"))) {
            const Node::Kind kind = take().text == u"*" ? Node::Kind::Multiply : Node::Kind::Divide;
            auto right = unary();
            if (!right)
                return right;
            left = binary(kind, std::move(*left), std::move(*right));
        }
        return left;
    }

    Result<std::unique_ptr<Node>> unary()
    {
        if (++m_depth > kMaxDepth)
            return fail(FieldExpression::tr("The expression nests deeper than %1 levels at "
                                            "character %2.")
                            .arg(kMaxDepth)
                            .arg(peek().at));
        struct Leave
        {
            int &depth;
            ~Leave() { --depth; }
        } leave{m_depth};
        if (isSymbol("-")) {
            take();
            auto operand = unary();
            if (!operand)
                return operand;
            auto n = std::make_unique<Node>();
            n->kind = Node::Kind::Negate;
            n->operands.push_back(std::move(*operand));
            return n;
        }
        return primary();
    }

    Result<std::unique_ptr<Node>> primary()
    {
        const Token t = take();
        auto n = std::make_unique<Node>();
        switch (t.kind) {
        case Token::Kind::Number:
            n->kind = Node::Kind::Number;
            n->number = t.number;
            return n;
        case Token::Kind::Text:
            n->kind = Node::Kind::Text;
            n->text = t.text;
            return n;
        case Token::Kind::Symbol:
            if (t.text == u"(") {
                auto inner = concat();
                if (!inner)
                    return inner;
                if (!isSymbol(")"))
                    return fail(FieldExpression::tr("The bracket at character %1 is not closed.")
                                    .arg(t.at));
                take();
                return inner;
            }
            break;
        case Token::Kind::Name:
            if (isSymbol("("))
                return call(t);
            [[fallthrough]];
        case Token::Kind::QuotedName: {
            const QString folded = foldTurkish(t.text);
            for (const AtlasFilter::Field &f : m_fields)
                for (const QString &name : f.names)
                    if (foldTurkish(name) == folded) {
                        n->kind = Node::Kind::Field;
                        n->text = f.key;
                        return n;
                    }
            QStringList names;
            for (const AtlasFilter::Field &f : m_fields)
                names << f.names.value(0);
            return fail(FieldExpression::tr("There is no field \"%1\" (character %2).")
                            .arg(t.text)
                            .arg(t.at),
                        {},
                        FieldExpression::tr("Fields: %1.").arg(names.join(QStringLiteral(", "))));
        }
        case Token::Kind::End:
            break;
        }
        return fail(FieldExpression::tr("Expected a value, a field or a bracket at character %1.")
                        .arg(t.at));
    }

    Result<std::unique_ptr<Node>> call(const Token &name)
    {
        const QString function = name.text.toLower();
        if (function != u"round" && function != u"abs" && function != u"coalesce")
            return fail(FieldExpression::tr("There is no function \"%1\" (character %2).")
                            .arg(name.text)
                            .arg(name.at),
                        {}, FieldExpression::tr("Functions: round, abs, coalesce."));
        take(); // (
        auto n = std::make_unique<Node>();
        n->kind = Node::Kind::Call;
        n->text = function;
        if (!isSymbol(")")) {
            for (;;) {
                auto argument = concat();
                if (!argument)
                    return argument;
                n->operands.push_back(std::move(*argument));
                if (!isSymbol(","))
                    break;
                take();
            }
        }
        if (!isSymbol(")"))
            return fail(
                FieldExpression::tr("The bracket at character %1 is not closed.").arg(name.at));
        take();
        const std::size_t count = n->operands.size();
        if ((function == u"round" && (count < 1 || count > 2)) || (function == u"abs" && count != 1)
            || (function == u"coalesce" && count < 1))
            return fail(FieldExpression::tr("%1() at character %2 takes %3.")
                            .arg(function)
                            .arg(name.at)
                            .arg(function == u"round" ? FieldExpression::tr("a number and "
                                                                            "optionally digits")
                                 : function == u"abs" ? FieldExpression::tr("one number")
                                                      : FieldExpression::tr("one value or more")));
        return n;
    }

    std::vector<Token> m_tokens;
    const std::vector<AtlasFilter::Field> &m_fields;
    std::size_t m_pos = 0;
    int m_depth = 0;
};

// A value as a number: numbers as they are, text as a number written either way ("12,5").
std::optional<double> asNumber(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    bool ok = false;
    double d = v.toDouble(&ok);
    if (!ok && v.typeId() == QMetaType::QString) {
        QString text = v.toString().trimmed();
        d = QLocale::c().toDouble(text, &ok);
        if (!ok)
            d = QLocale(QLocale::Turkish, QLocale::Turkey).toDouble(text, &ok);
    }
    return ok && std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
}

QString asText(const QVariant &v)
{
    if (v.typeId() == QMetaType::Double) {
        const double d = v.toDouble();
        return QLocale::c().toString(d, 'g', QLocale::FloatingPointShortest);
    }
    return v.toString();
}

QVariant evaluateNode(const Node &n, const FieldExpression::Lookup &value)
{
    using Kind = Node::Kind;
    switch (n.kind) {
    case Kind::Number:
        return n.number;
    case Kind::Text:
        return n.text;
    case Kind::Field: {
        const QVariant v = value(n.text);
        if (v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty()))
            return {};
        if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int
            || v.typeId() == QMetaType::Double)
            return v.toDouble();
        return v;
    }
    case Kind::Negate: {
        const auto a = asNumber(evaluateNode(*n.operands[0], value));
        return a ? QVariant(-*a) : QVariant();
    }
    case Kind::Concat: {
        const QVariant a = evaluateNode(*n.operands[0], value);
        const QVariant b = evaluateNode(*n.operands[1], value);
        if (a.isNull() || b.isNull())
            return {};
        return asText(a) + asText(b);
    }
    case Kind::Add:
    case Kind::Subtract:
    case Kind::Multiply:
    case Kind::Divide: {
        const auto a = asNumber(evaluateNode(*n.operands[0], value));
        const auto b = asNumber(evaluateNode(*n.operands[1], value));
        if (!a || !b)
            return {};
        if (n.kind == Kind::Divide && *b == 0)
            return {};
        const double r = n.kind == Kind::Add        ? *a + *b
                         : n.kind == Kind::Subtract ? *a - *b
                         : n.kind == Kind::Multiply ? *a * *b
                                                    : *a / *b;
        return std::isfinite(r) ? QVariant(r) : QVariant();
    }
    case Kind::Call: {
        if (n.text == u"coalesce") {
            for (const auto &operand : n.operands)
                if (QVariant v = evaluateNode(*operand, value); !v.isNull())
                    return v;
            return {};
        }
        const auto a = asNumber(evaluateNode(*n.operands[0], value));
        if (!a)
            return {};
        if (n.text == u"abs")
            return std::abs(*a);
        double digits = 0;
        if (n.operands.size() > 1) {
            const auto d = asNumber(evaluateNode(*n.operands[1], value));
            if (!d)
                return {};
            digits = std::clamp(std::round(*d), -15.0, 15.0);
        }
        const double scale = std::pow(10.0, digits);
        return std::round(*a * scale) / scale;
    }
    }
    return {};
}

} // namespace

FieldExpression::FieldExpression() = default;
FieldExpression::~FieldExpression() = default;
FieldExpression::FieldExpression(FieldExpression &&) noexcept = default;
FieldExpression &FieldExpression::operator=(FieldExpression &&) noexcept = default;

Result<FieldExpression> FieldExpression::parse(const QString &text,
                                               const std::vector<AtlasFilter::Field> &fields)
{
    auto tokens = tokenize(text);
    if (!tokens)
        return std::unexpected(tokens.error());
    Parser parser(std::move(*tokens), fields);
    auto root = parser.parse();
    if (!root)
        return std::unexpected(root.error());
    FieldExpression out;
    out.m_root = std::move(*root);
    return out;
}

QVariant FieldExpression::evaluate(const Lookup &value) const
{
    return m_root ? evaluateNode(*m_root, value) : QVariant();
}

} // namespace geisep
