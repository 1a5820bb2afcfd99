# Two-class softmax logits (0.5, -1.5): the single sigmoid logit is their difference.
import numpy as np

from snippets.activations import sigmoid, softmax

z = np.array([0.5, -1.5])
difference = z[0] - z[1]
print(f"softmax(z)[0] = {softmax(z)[0]:.3f}; ", end="")
print(f"sigmoid({difference:g}) = {sigmoid(difference):.3f}; ", end="")
print(f"shifted by 10: softmax(z + 10)[0] = {softmax(z + 10)[0]:.3f}.")
