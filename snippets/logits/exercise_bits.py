# Log-odds of 3 bits: odds of 2 ** 3, then a probability, then nats.
import numpy as np

from snippets.activations import sigmoid

bits = 3
odds = 2.0**bits
p = odds / (1 + odds)
nats = bits * np.log(2)
back = sigmoid(nats)  # the sigmoid of log-odds in nats gives the probability back

print(f"- Odds: 2<sup>{bits}</sup> = {odds:g} to 1.")
print(f"- Probability: {odds:g} / ({odds:g} + 1) = {p:.3f}.")
print(f"- In nats: {bits} ln 2 = {nats:.3f}, and sigmoid({nats:.3f}) = {back:.3f}.")
