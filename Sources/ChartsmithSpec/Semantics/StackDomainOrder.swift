/// Vega-Lite 6's stack order under an explicit colour domain (vega/vega-lite#9641, refined
/// in #9645 to nominal colour only): the parts of each stack follow the domain's order
/// rather than the values' natural order. Vega-Lite 5 keeps the natural order.
extension ViewSemantics.StackSemantics {
    /// Orders the stack by the colour field's index in its explicit `scale.domain`, when the
    /// colour is a nominal field that splits the stack; the direction stays the default one
    /// (descending for vertical stacks), as Vega-Lite 6 compiles it.
    mutating func orderByColorDomain(_ encoding: Encoding) {
        guard let color = encoding[.color], color.effectiveType(for: .color) == .nominal, color.aggregate == nil,
              let field = color.outputField, stackBy.contains(field),
              let domain = color.scale?.domain, !domain.isEmpty else { return }
        let column = "__stack_index_" + field
        let descending = sort.first { $0.field == field }?.descending ?? (channel == .y)
        domainOrder = DomainOrder(field: field, column: column, domain: domain)
        sort = [(field: column, descending: descending)] + sort.filter { $0.field != field }
    }
}
