print("radix")
