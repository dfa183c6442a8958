"""Life wheel geometry: which point is which area and score, and where labels go.

Plain maths shared by the Qt widget and the printed wheel, so screen and paper agree.
"""
