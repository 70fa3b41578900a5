"""Events: dated happenings stated in sentences (find).
"""
