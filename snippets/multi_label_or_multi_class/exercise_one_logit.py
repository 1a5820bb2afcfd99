# Two-class softmax logits z = (z_1, z_2) = (0.5, -1.5): the sigmoid's one logit is z_1 - z_2.
import numpy as np

from snippets.activations import sigmoid, softmax

z = np.array([0.5, -1.5])
difference = z[0] - z[1]  # z_1 - z_2: Python counts from 0, so z_1 is z[0]
print(f"*z*<sub>1</sub> − *z*<sub>2</sub> = {z[0]:g} − ({z[1]:g}) = {difference:g}.\n")
print(f"softmax(*z*)<sub>1</sub> = {softmax(z)[0]:.3f}; ", end="")
print(f"&sigma;({difference:g}) = {sigmoid(difference):.3f}; ", end="")
print(f"both logits raised by 10: softmax(*z* + 10)<sub>1</sub> = {softmax(z + 10)[0]:.3f}.")
