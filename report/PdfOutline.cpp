#include "PdfOutline.h"

#include <qpdf/QPDFOutlineDocumentHelper.hh>
#include <qpdf/QPDFOutlineObjectHelper.hh>

#include <cmath>
#include <memory>
#include <vector>

namespace focal::report {
namespace {

struct Node
{
    const PdfOutline::Item *item = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    QPDFObjectHandle object;
};

QPDFObjectHandle destination(const PdfOutline::Item &item)
{
    QPDFObjectHandle dest = QPDFObjectHandle::newArray();
    dest.appendItem(item.page);
    if (std::isnan(item.top)) {
        dest.appendItem(QPDFObjectHandle::newName("/Fit"));
    } else {
        dest.appendItem(QPDFObjectHandle::newName("/XYZ"));
        dest.appendItem(QPDFObjectHandle::newNull()); // keep the reader's left and zoom
        dest.appendItem(QPDFObjectHandle::newReal(item.top, 2));
        dest.appendItem(QPDFObjectHandle::newNull());
    }
    return dest;
}

// Links the children of parent (already an object) as the PDF outline tree wants them: /First,
// /Last, /Prev, /Next, /Parent and /Count. Every item is open; returns how many items are
// under parent.
int link(QPDF &pdf, QPDFObjectHandle parent, std::vector<std::unique_ptr<Node>> &children)
{
    int count = 0;
    for (auto &child : children) {
        QPDFObjectHandle dict = QPDFObjectHandle::newDictionary();
        dict.replaceKey("/Title",
                        QPDFObjectHandle::newUnicodeString(child->item->title.toStdString()));
        dict.replaceKey("/Dest", destination(*child->item));
        dict.replaceKey("/Parent", parent);
        child->object = pdf.makeIndirectObject(dict);
    }
    for (size_t i = 0; i < children.size(); ++i) {
        QPDFObjectHandle object = children[i]->object;
        if (i > 0)
            object.replaceKey("/Prev", children[i - 1]->object);
        if (i + 1 < children.size())
            object.replaceKey("/Next", children[i + 1]->object);
        const int below = link(pdf, object, children[i]->children);
        if (below > 0)
            object.replaceKey("/Count", QPDFObjectHandle::newInteger(below));
        count += 1 + below;
    }
    if (!children.empty()) {
        parent.replaceKey("/First", children.front()->object);
        parent.replaceKey("/Last", children.back()->object);
    }
    return count;
}

void collect(QPDFOutlineObjectHelper &outline, int level, QList<PdfOutline::Item> &items)
{
    PdfOutline::Item item;
    item.level = level;
    item.title = QString::fromStdString(outline.getTitle());
    item.page = outline.getDestPage();
    QPDFObjectHandle dest = outline.getDest();
    if (dest.isArray() && dest.getArrayNItems() >= 4 && dest.getArrayItem(1).isName() &&
        dest.getArrayItem(1).getName() == "/XYZ" && dest.getArrayItem(3).isNumber())
        item.top = dest.getArrayItem(3).getNumericValue();
    items.append(item);
    for (QPDFOutlineObjectHelper &kid : outline.getKids())
        collect(kid, level + 1, items);
}

} // namespace

void PdfOutline::write(QPDF &pdf, const QList<Item> &items)
{
    QPDFObjectHandle root = pdf.getRoot();
    if (items.isEmpty()) {
        root.removeKey("/Outlines");
        return;
    }
    // Nest each item under the nearest earlier one with a lower level.
    Node top;
    std::vector<std::pair<int, Node *>> open{{0, &top}};
    for (const Item &item : items) {
        if (!item.page.isInitialized() || QPDFObjectHandle(item.page).isNull())
            continue; // a bookmark to no page is no bookmark
        while (open.size() > 1 && open.back().first >= item.level)
            open.pop_back();
        auto node = std::make_unique<Node>();
        node->item = &item;
        Node *raw = node.get();
        open.back().second->children.push_back(std::move(node));
        open.emplace_back(item.level, raw);
    }
    QPDFObjectHandle outlines = QPDFObjectHandle::newDictionary();
    outlines.replaceKey("/Type", QPDFObjectHandle::newName("/Outlines"));
    outlines = pdf.makeIndirectObject(outlines);
    const int count = link(pdf, outlines, top.children);
    outlines.replaceKey("/Count", QPDFObjectHandle::newInteger(count));
    root.replaceKey("/Outlines", outlines);
    root.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
}

QList<PdfOutline::Item> PdfOutline::read(QPDF &pdf, int levelOffset)
{
    QList<Item> items;
    QPDFOutlineDocumentHelper helper(pdf);
    for (QPDFOutlineObjectHelper &outline : helper.getTopLevelOutlines())
        collect(outline, 1 + levelOffset, items);
    return items;
}

} // namespace focal::report
