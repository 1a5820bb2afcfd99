# What the committed table says: where a call costs only itself, and which rows miss their
# budget, next to what np.exp alone costs there.
from snippets.performance.results import read_results

rows = read_results().rows
for row in rows:
    if row["case"] == "3 elements":
        print(
            f"- Three {row['dtype']} logits: {row['our median time']} a call for the reference, "
            f"{row['scipy median time']} for SciPy, of which `np.exp` takes {row['exp alone']}. "
            "What both pay for is the call itself: checking the input and calling NumPy."
        )
missed = [row for row in rows if row["met"] != "✓"]
print(f"\n{len(missed)} of the {len(rows)} rows miss their budget.\n")
for row in missed:
    budget = float(row["budget"].removeprefix("≤ "))
    left = f"{budget - float(row['exp alone']):.2f}".replace("-", "−")
    print(
        f"- {row['case']}, {row['dtype']}: a ratio of {row['ratio']}, against a budget of "
        f"{row['budget']}. There `np.exp` alone takes {row['exp alone']} of SciPy's time. If the "
        f"reference's own exponential costs as much, the budget leaves its four other passes "
        f"{left} of SciPy's time, which the two arrays it saves cannot buy."
    )
