# Data processing: parse CSV-like text, aggregate, format a report
raw = """sku,name,category,qty,price
A100,Widget,tools,10,2.50
B200,Gadget,tools,3,10.00
C300,Apple,food,50,0.40
D400,Bread,food,0,2.25
E500,Hammer,tools,7,15.75
F600,Cheese,food,12,4.10
G700,Manual,books,2,30.00"""
lines = raw.strip().split("\n")
header = lines[0].split(",")
items = []
for line in lines[1:]:
    rec = dict(zip(header, line.split(",")))
    rec["qty"] = int(rec["qty"])
    rec["price"] = float(rec["price"])
    items.append(rec)
print(len(items), header)
by_cat = {}
for it in items:
    cat = by_cat.setdefault(it["category"], {"count": 0, "units": 0, "value": 0.0, "names": []})
    cat["count"] += 1
    cat["units"] += it["qty"]
    cat["value"] += it["qty"] * it["price"]
    cat["names"].append(it["name"])
print("%-8s %5s %6s %10s  %s" % ("category", "items", "units", "value", "names"))
for name in sorted(by_cat):
    c = by_cat[name]
    print("%-8s %5d %6d %10.2f  %s" % (name, c["count"], c["units"], c["value"], ", ".join(sorted(c["names"]))))
grand = sum(c["value"] for c in by_cat.values())
print("%-8s %5s %6d %10.2f" % ("TOTAL", "", sum(c["units"] for c in by_cat.values()), grand))
out_of_stock = [it["sku"] for it in items if it["qty"] == 0]
low = [(it["name"], it["qty"]) for it in items if 0 < it["qty"] < 5]
print("out of stock:", out_of_stock, "low:", low)
priciest = max(items, key=lambda it: it["price"])
print("priciest:", priciest["name"], priciest["price"])
for it in sorted(items, key=lambda it: it["qty"] * it["price"], reverse=True)[:3]:
    print(f"{it['sku']} {it['name']:<8} {it['qty'] * it['price']:>8.2f}")
share = {k: round(v["value"] / grand * 100, 1) for k, v in by_cat.items()}
print(share, round(sum(share.values()), 1))
restock = {it["sku"]: max(0, 10 - it["qty"]) for it in items}
print({k: v for k, v in restock.items() if v})
print(",".join(header))
for it in items[:2]:
    print(",".join(str(it[h]) for h in header))
