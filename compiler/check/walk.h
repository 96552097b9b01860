// A generic pre-order walk over statements and expressions (dumps, final
// untyped fix-up). Visits every Expr, including type expressions.
#pragma once

#include <functional>

#include "compiler/syntax/ast.h"

namespace goc {

void walkNode(Node* n, const std::function<void(Expr*)>& f);

}  // namespace goc
