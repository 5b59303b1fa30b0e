#pragma once

#include <QByteArrayView>

namespace focal::package {

// A look at JSON text before QJsonDocument parses it: the parser recurses once per level of
// nesting and builds every value it reads, so a hostile file of 10 000 "[" costs it a deep stack
// and a package of strings that are not UTF-8 would reach the parser's tolerance; both are
// refused here first, in one pass that keeps no state but a counter.
//
// Strings (with their escapes) are skipped for nesting; every byte, inside strings or out, must
// be well-formed UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF).
class JsonScan
{
public:
    enum class Fault { None, TooDeep, InvalidUtf8 };

    static Fault check(QByteArrayView json, int maxDepth);
};

} // namespace focal::package
