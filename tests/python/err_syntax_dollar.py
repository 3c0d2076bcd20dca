price = 10
total = price * $
