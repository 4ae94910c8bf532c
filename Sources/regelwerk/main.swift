print("regelwerk")
