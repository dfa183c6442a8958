"""Chart builders: matplotlib ``Figure`` objects drawn with Agg, shared by screens and PDFs.

matplotlib is imported inside the builders, so start-up does not pay for it.
"""
