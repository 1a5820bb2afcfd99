# What the committed table says: where a call costs only itself, what the saved arrays are worth
# with new and with reused memory, and which rows miss their budget and by how much.
from snippets.performance.results import read_results

rows = read_results().rows
for row in rows:
    if row["case"] == "3 elements" and row["memory"] == "reused":
        print(
            f"- Three {row['dtype']} logits: {row['our median time']} a call for the reference, "
            f"{row['scipy median time']} for SciPy, of which `np.exp` takes {row['exp alone']}. "
            "What both pay for is the call itself: checking the input and calling NumPy."
        )
print()
by_memory = {(row["case"], row["dtype"], row["memory"]): row for row in rows}
for row in rows:
    if row["memory"] == "new" and row["case"].startswith(("10^6", "1000 x 1000")):
        reused = by_memory[row["case"], row["dtype"], "reused"]
        print(
            f"- {row['case']}, {row['dtype']}: a ratio of {row['ratio']} with new memory and "
            f"{reused['ratio']} with reused memory."
        )

missed = [row for row in rows if row["met"] != "✓"]
print(f"\n{len(missed)} of the {len(rows)} rows miss their budget.\n")
for row in missed:
    budget = float(row["budget"].removeprefix("≤ "))
    exp_alone = float(row["exp alone"])
    left, took = budget - exp_alone, float(row["ratio"]) - exp_alone
    verdict = (
        "so no softmax built on `np.exp` can meet it here"
        if left <= 0
        else f"and they took {took:.2f}"
    )
    print(
        f"- {row['case']}, {row['dtype']}, {row['memory']} memory: a ratio of {row['ratio']}, "
        f"against a budget of {row['budget']}. There `np.exp` alone, which writes one new array "
        f"too, takes {row['exp alone']} of SciPy's time. That leaves the reference's four other "
        f"passes {left:.2f} of SciPy's time, {verdict}.".replace("-0.", "−0.")
    )
